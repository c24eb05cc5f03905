import type { Actor } from '@/lib/actor';
import { canManageApiTokensOf, canManageUsers } from '@/lib/permissions';
import { AppError } from '@/lib/errors';
import { accountRequiredMessage, type TAccountRef } from '@/lib/validations/user';

/**
 * Whose API tokens a call is about: the account it names, or else the caller's own. Only admins
 * (and the command line) may name another account; checked before any lookup, so a refusal says
 * nothing about whether the account exists.
 */
export function tokenOwner(actor: Actor, ref: TAccountRef): TAccountRef {
  if (ref.userId === undefined && ref.email === undefined) {
    if (actor.kind !== 'user') throw new AppError('invalid', accountRequiredMessage, 'userId');
    return { userId: actor.id };
  }
  if (canManageUsers(actor)) return ref;
  const isOwn = ref.userId !== undefined ? canManageApiTokensOf(actor, ref.userId) : actor.kind === 'user' && ref.email === actor.email;
  if (!isOwn) throw new AppError('forbidden', 'Only an admin can manage another account’s API tokens');
  return ref;
}
