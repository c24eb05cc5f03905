import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZGetUserAccount } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { apiTokenSummarySelect } from './api-token-summary';
import { assertAllowed, canManageUsers } from '@/lib/permissions';
import { accountSelect } from './user-snapshot';

/** One account and all its API tokens, newest first (admins). */
export async function getUserAccount({ actor, input }: { actor: Actor; input: unknown }) {
  const { userId } = parseInput(ZGetUserAccount, input);
  assertAllowed(actor, canManageUsers, 'manage accounts');
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      ...accountSelect,
      apiTokens: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: apiTokenSummarySelect },
    },
  });
  if (!user) throw new AppError('not_found', `No account has the id ${userId}`, 'userId');
  return user;
}
