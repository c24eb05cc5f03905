import 'server-only';
import type { Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { ZUserRef } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { accountRefField, findUserForUpdate } from './find-user-for-update';
import { assertAnotherActiveAdmin, lockActiveAdmins } from './keep-an-active-admin';
import { assertNotOwnAccount } from './refuse-own-account';
import { assertAllowed, canManageUsers } from '@/lib/permissions';
import { userSnapshot, userSnapshotSelect } from './user-snapshot';

/**
 * Deactivates or reactivates an account (`userId`, or `email` from the command line). A deactivated
 * account cannot sign in, its open sessions end and its tokens stop working on their next request.
 * Admins cannot deactivate themselves, and the last active admin cannot be deactivated.
 */
export async function setUserActive({ actor, input, isActive }: { actor: Actor; input: unknown; isActive: boolean }) {
  const ref = parseInput(ZUserRef, input);
  assertAllowed(actor, canManageUsers, 'manage accounts');
  const field = accountRefField(ref);
  return runTransaction(async (tx) => {
    const activeAdminIds = isActive ? [] : await lockActiveAdmins(tx);
    const before = await findUserForUpdate(tx, ref);
    if (!isActive) {
      assertNotOwnAccount(actor, before.id, field, 'You cannot deactivate your own account: ask another admin');
      assertAnotherActiveAdmin(activeAdminIds, before.id, field, 'deactivated');
    }
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
