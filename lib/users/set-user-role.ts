import 'server-only';
import type { Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { ZSetUserRole } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { findUserForUpdate } from './find-user-for-update';
import { assertAnotherActiveAdmin, lockActiveAdmins } from './keep-an-active-admin';
import { assertNotOwnAccount } from './refuse-own-account';
import { assertAllowed, canManageUsers } from '@/lib/permissions';
import { userSnapshot, userSnapshotSelect } from './user-snapshot';

/** Changes an account's role (`userId`, or `email` from the command line). Admins cannot change their own, nor demote the last active admin. */
export async function setUserRole({ actor, input }: { actor: Actor; input: unknown }) {
  const { role, ...ref } = parseInput(ZSetUserRole, input);
  assertAllowed(actor, canManageUsers, 'manage accounts');
  return runTransaction(async (tx) => {
    const activeAdminIds = role === 'admin' ? [] : await lockActiveAdmins(tx);
    const before = await findUserForUpdate(tx, ref);
    assertNotOwnAccount(actor, before.id, 'role', 'You cannot change your own role: ask another admin');
    if (role !== 'admin') assertAnotherActiveAdmin(activeAdminIds, before.id, 'role', 'demoted');
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
