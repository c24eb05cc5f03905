import 'server-only';
import { AppError } from '@/lib/errors';
import type { UserActor } from '@/lib/actor';
import { getActor } from './get-actor';

/** The signed-in user of a server action; server actions are public endpoints, so this is checked every time. */
export async function requireActor(): Promise<UserActor> {
  const actor = await getActor();
  if (!actor) throw new AppError('unauthorized', 'Your session has ended. Sign in again.');
  return actor;
}
