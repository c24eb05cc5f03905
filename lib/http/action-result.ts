import 'server-only';
import { isAppError } from '@/lib/errors';
import { chooseRequestId, withRequestId } from './request-context';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; field?: string; details?: Record<string, unknown> };

/**
 * Runs a server action's use case, under a request id of its own for the audit events it writes,
 * and turns its errors into form state the page can show.
 */
export async function actionResult<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await withRequestId(chooseRequestId(null), work) };
  } catch (error) {
    if (isAppError(error)) {
      return { ok: false, message: error.message, ...(error.field ? { field: error.field } : {}), ...(error.details ? { details: error.details } : {}) };
    }
    console.error(error);
    return { ok: false, message: 'Something went wrong on the server. Try again.' };
  }
}
