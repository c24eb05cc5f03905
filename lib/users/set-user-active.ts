import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { db } from '@/lib/db';
import { ZUserByEmail } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { findUserForUpdate } from './find-user-for-update';
import { requireUserManager } from './require-user-manager';
import { userSnapshot, userSnapshotSelect } from './user-snapshot';

/** Deactivates or reactivates an account. A deactivated account cannot sign in or use its tokens. */
export async function setUserActive({ actor, input, isActive }: { actor: Actor; input: unknown; isActive: boolean }) {
  const { email } = parseInput(ZUserByEmail, input);
  requireUserManager(actor);
  return db.$transaction(async (tx) => {
    const before = await findUserForUpdate(tx, email);
    const user = await tx.user.update({ where: { id: before.id }, data: isActive ? { isActive } : { isActive, sessionsValidFrom: new Date() }, select: userSnapshotSelect });
    await writeAuditEvent(tx, {
      actor,
      action: isActive ? 'user.reactivated' : 'user.deactivated',
      entityType: 'user',
      entityId: user.id,
      before: userSnapshot(before),
      after: userSnapshot(user),
    });
    return user;
  });
}
