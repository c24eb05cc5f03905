import 'server-only';
import { revalidatePath } from 'next/cache';
import type { UserActor } from '@/lib/actor';
import { requireActor } from '@/lib/auth/require-actor';
import { actionResult, type ActionResult } from './action-result';

type Call = { actor: UserActor; input: unknown };
/** A path whose pages show what the action changed, as `revalidatePath` takes it. */
type Revalidation = readonly [path: string, type?: 'layout' | 'page'];

/**
 * A server action: checks the request came from our pages, requires the signed-in user, runs the
 * use case, and on success revalidates the pages that show the change. Every thrown error becomes
 * the form state the page shows (`{ ok: false, code, message, field }`).
 */
export function serverAction<T>(handler: (call: Call) => Promise<T>, { revalidate = [] }: { revalidate?: readonly Revalidation[] } = {}) {
  return async (input: unknown): Promise<ActionResult<T>> =>
    actionResult(async () => {
      const result = await handler({ actor: await requireActor(), input });
      for (const [path, type] of revalidate) revalidatePath(path, type);
      return result;
    });
}
