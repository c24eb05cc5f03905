import { AppError } from '@/lib/errors';

// Postgres aborts a transaction with 40001 (serialization failure) or 40P01 (deadlock detected)
// when it could not order it against another; the same work run again normally succeeds.
const retryableStates = new Set(['40001', '40P01']);

function sqlState(error: object): string | undefined {
  // Prisma's model queries report these as P2034; raw queries as P2010 with the driver's error
  // inside; node-postgres errors carry the SQLSTATE as `code`.
  const { code } = error as { code?: unknown };
  if (code === 'P2034') return '40001';
  if (typeof code === 'string' && retryableStates.has(code)) return code;
  const { originalCode } = error as { originalCode?: unknown };
  return typeof originalCode === 'string' ? originalCode : undefined;
}

/** Whether the error, or one it wraps, is a serialization failure or a deadlock. */
export function isRetryableConflict(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const state = sqlState(current);
    if (state && retryableStates.has(state)) return true;
    const { meta, cause } = current as { meta?: { driverAdapterError?: unknown }; cause?: unknown };
    current = meta?.driverAdapterError ?? cause;
  }
  return false;
}

/** What the caller gets when such a conflict keeps happening: a 503 to try again, not a 500. */
export function busyWithOtherChanges(): AppError {
  return new AppError('unavailable', 'The database is busy with other changes to the same records: try again in a moment');
}
