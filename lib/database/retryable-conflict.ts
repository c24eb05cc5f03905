import { AppError } from '@/lib/errors';
import { sqlStates } from './sql-states';

// Postgres aborts a transaction with 40001 (serialization failure) or 40P01 (deadlock detected)
// when it could not order it against another; the same work run again normally succeeds.
const retryableStates = new Set(['40001', '40P01']);

/** Whether the error, or one it wraps, is a serialization failure or a deadlock. */
export function isRetryableConflict(error: unknown): boolean {
  return sqlStates(error).some((state) => retryableStates.has(state));
}

/** What the caller gets when such a conflict keeps happening: a 503 to try again, not a 500. */
export function busyWithOtherChanges(): AppError {
  return new AppError('unavailable', 'The database is busy with other changes to the same records: try again in a moment');
}
