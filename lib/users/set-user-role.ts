import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { db } from '@/lib/db';
import { ZSetUserRole } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { findUserForUpdate } from './find-user-for-update';
import { requireUserManager } from './require-user-manager';
import { userSnapshot, userSnapshotSelect } from './user-snapshot';

export async function setUserRole({ actor, input }: { actor: Actor; input: unknown }) {
  const { email, role } = parseInput(ZSetUserRole, input);
  requireUserManager(actor);
  return db.$transaction(async (tx) => {
    const before = await findUserForUpdate(tx, email);
    const user = await tx.user.update({ where: { id: before.id }, data: { role }, select: userSnapshotSelect });
    await writeAuditEvent(tx, {
      actor,
      action: 'user.role_changed',
      entityType: 'user',
      entityId: user.id,
      before: userSnapshot(before),
      after: userSnapshot(user),
    });
    return user;
  });
}
