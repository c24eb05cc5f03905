import 'server-only';
import { headers } from 'next/headers';
import { AppError, isAppError, type AppErrorCode } from '@/lib/errors';
import { databaseUnavailable } from '@/lib/database/database-unavailable';
import { refusalReason } from './request-origin';
import { chooseRequestId, withRequestId } from '@/lib/audit/request-context';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode | 'internal'; message: string; field?: string; details?: Record<string, unknown> };

// The proxy refuses server-action POSTs without our Origin first; this checks again, in case a
// request reaches the action without passing the proxy.
async function assertFromOurPages(): Promise<void> {
  const requestHeaders = await headers();
  const url = new URL(`http://${requestHeaders.get('host') ?? 'localhost'}/`);
  const refusal = refusalReason('POST', requestHeaders, url);
  if (refusal) throw new AppError('forbidden', refusal);
}

/**
 * Runs a server action's use case, under a request id of its own for the audit events it writes,
 * and turns its errors into form state the page can show.
 */
export async function actionResult<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    await assertFromOurPages();
    return { ok: true, data: await withRequestId(chooseRequestId(null), work) };
  } catch (thrown) {
    const error = databaseUnavailable(thrown) ?? thrown;
    if (isAppError(error)) {
      return {
        ok: false,
        code: error.code,
        message: error.message,
        ...(error.field ? { field: error.field } : {}),
        ...(error.details ? { details: error.details } : {}),
      };
    }
    console.error(error);
    return { ok: false, code: 'internal', message: 'Something went wrong on the server. Try again.' };
  }
}
