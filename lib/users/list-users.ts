import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { requireUserManager } from './require-user-manager';
import { accountSelect } from './user-snapshot';

/** Every account, by name, with how many of its API tokens still work (admins). A newsroom's accounts fit on one page. */
export async function listUsers({ actor }: { actor: Actor }) {
  requireUserManager(actor);
  const users = await db.user.findMany({
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: {
      ...accountSelect,
      _count: { select: { apiTokens: { where: { revokedAt: null } } } },
    },
  });
  return { items: users.map(({ _count, ...user }) => ({ ...user, activeApiTokens: _count.apiTokens })) };
}
