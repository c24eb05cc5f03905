import 'server-only';
import type { Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import type { DbTransaction } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { userSnapshot, userSnapshotSelect } from './user-snapshot';

type NewAccount = { email: string; name: string; role: Role; passwordHash: string; isActive?: boolean };

/**
 * Writes a new account and its user.created event in the caller's transaction: the one way an
 * account comes to exist, for an admin's createUser, the seed's first admin and a restore alike.
 */
export async function storeUser(tx: DbTransaction, actor: Actor, account: NewAccount) {
  const user = await tx.user.create({ data: account, select: userSnapshotSelect });
  await writeAuditEvent(tx, { actor, action: 'user.created', entityType: 'user', entityId: user.id, before: null, after: userSnapshot(user) });
  return user;
}
