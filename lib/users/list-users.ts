import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { assertAllowed, canManageUsers } from '@/lib/permissions';
import { accountSelect } from './user-snapshot';

/** Every account, by name, with how many of its API tokens still work (admins). A newsroom's accounts fit on one page. */
export async function listUsers({ actor }: { actor: Actor }) {
  assertAllowed(actor, canManageUsers, 'manage accounts');
  const users = await db.user.findMany({
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: {
      ...accountSelect,
      _count: { select: { apiTokens: { where: { revokedAt: null } } } },
    },
  });
  return { items: users.map(({ _count, ...user }) => ({ ...user, activeApiTokens: _count.apiTokens })) };
}
