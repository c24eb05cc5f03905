import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { ZListApiTokens } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { apiTokenSummarySelect } from './api-token-summary';
import { findUser } from '@/lib/users/find-user';
import { tokenOwner } from './token-owner';

/** An account's API tokens, newest first, revoked ones included: the caller's own, or (admins) the account `userId` names. */
export async function listApiTokens({ actor, input }: { actor: Actor; input: unknown }) {
  const { userId } = parseInput(ZListApiTokens, input);
  const owner = await findUser(tokenOwner(actor, { userId }));
  const items = await db.apiToken.findMany({
    where: { userId: owner.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: apiTokenSummarySelect,
  });
  return { items };
}
