import 'server-only';
import { refresh, revalidatePath } from 'next/cache';
import type { UserActor } from '@/lib/actor';
import { requireActor } from '@/lib/auth/require-actor';
import { actionResult, type ActionResult } from './action-result';

type Call = { actor: UserActor; input: unknown };
/** A path whose pages show what the action changed, as `revalidatePath` takes it. */
type Revalidation = readonly [path: string, type?: 'layout' | 'page'];
/**
 * `revalidate` lists the paths to revalidate; `refresh` only re-renders the page the action was
 * taken on. Either way the action's response carries that page re-rendered. Every page here is
 * rendered per request, so other pages read the change when visited; revalidating any path also
 * makes the browser drop every route it prefetched, and the page then prefetches all its links again.
 */
type AfterSuccess = { revalidate?: readonly Revalidation[]; refresh?: boolean };

/**
 * A server action: checks the request came from our pages, requires the signed-in user, runs the
 * use case, and on success revalidates or refreshes the pages that show the change. Every thrown
 * error becomes the form state the page shows (`{ ok: false, code, message, field }`).
 */
export function serverAction<T>(handler: (call: Call) => Promise<T>, { revalidate = [], refresh: refreshPage = false }: AfterSuccess = {}) {
  return async (input: unknown): Promise<ActionResult<T>> =>
    actionResult(async () => {
      const result = await handler({ actor: await requireActor(), input });
      for (const [path, type] of revalidate) revalidatePath(path, type);
      if (refreshPage) refresh();
      return result;
    });
}
