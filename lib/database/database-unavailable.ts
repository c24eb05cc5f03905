import { busyWithOtherChanges, isRetryableConflict } from './retryable-conflict';
import { sqlStates } from './sql-states';
import { AppError } from '@/lib/errors';

// What the driver and Prisma throw when no connection can be had: the pool stayed full past its
// connection timeout, the server refused or dropped the connection, or is starting or stopping.
const unavailableMessages = [
  /timeout exceeded when trying to connect/i,
  /Unable to start a transaction in the given time/i,
  /ECONNREFUSED|ECONNRESET|Connection terminated/i,
  // node-postgres, on a pooled connection that broke while the server went away.
  /Client has encountered a connection error and is not queryable|Client was closed and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];
const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'P1001', 'P1017', 'P2024', 'P2028']);

// SQLSTATE class 08 is a connection exception: the one PgBouncer answers with while the database
// behind it cannot be reached (08P01 "server login has been failing", "query_wait_timeout"); 57P0x
// is a server shutting down, crashing or starting.
const unavailableState = (state: string) => state.startsWith('08') || ['57P01', '57P02', '57P03'].includes(state);

/**
 * The 503 to answer instead of an error that means the database cannot be reached now, or that a
 * statement outside lib/database/run-transaction lost a deadlock or serialization race; else null.
 */
export function databaseUnavailable(error: unknown): AppError | null {
  if (!(error instanceof Error)) return null;
  if (isRetryableConflict(error)) return busyWithOtherChanges();
  const code = (error as { code?: unknown }).code;
  const isUnavailable =
    (typeof code === 'string' && unavailableCodes.has(code)) || sqlStates(error).some(unavailableState) || unavailableMessages.some((pattern) => pattern.test(error.message));
  return isUnavailable ? new AppError('unavailable', 'The database is busy or unreachable: try again in a moment') : null;
}
