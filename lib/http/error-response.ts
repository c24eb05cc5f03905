import 'server-only';
import { NextResponse } from 'next/server';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import { databaseUnavailable } from '@/lib/database/database-unavailable';

const statusByCode: Record<AppErrorCode, number> = {
  bad_request: 400,
  invalid: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  locked: 423,
  unavailable: 503,
};

/** Turns any thrown error into the JSON answer of an API route; unexpected errors are logged, not shown. */
export function errorResponse(thrown: unknown): NextResponse {
  const error = databaseUnavailable(thrown) ?? thrown;
  if (isAppError(error)) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) }, ...error.details },
      { status: statusByCode[error.code], ...(error.code === 'unavailable' ? { headers: { 'Retry-After': '5' } } : {}) },
    );
  }
  console.error(error);
  return NextResponse.json({ error: { code: 'internal', message: 'Something went wrong on the server' } }, { status: 500 });
}
