import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZGetUserAccount } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { assertAllowed, canManageUsers } from '@/lib/permissions';
import { accountSelect } from './user-snapshot';

/** One account (admins); its API tokens are listApiTokens'. */
export async function getUserAccount({ actor, input }: { actor: Actor; input: unknown }) {
  const { userId } = parseInput(ZGetUserAccount, input);
  assertAllowed(actor, canManageUsers, 'manage accounts');
  const user = await db.user.findUnique({
    where: { id: userId },
    select: accountSelect,
  });
  if (!user) throw new AppError('not_found', `No account has the id ${userId}`, 'userId');
  return user;
}
