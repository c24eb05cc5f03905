import 'server-only';
import type { Actor } from '@/lib/actor';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { assertStrongPassword } from '@/lib/auth/password-strength';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { ZResetPassword } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { findUser } from './find-user';
import { findUserForUpdate } from './find-user-for-update';
import { assertAllowed, canManageUsers } from '@/lib/permissions';

/**
 * Sets a new password on an account (`userId`, or `email` from the command line) and ends its open
 * sessions. Without a password one is generated and returned once as `generatedPassword`.
 */
export async function resetPassword({ actor, input }: { actor: Actor; input: unknown }) {
  const { password: typed, ...ref } = parseInput(ZResetPassword, input);
  assertAllowed(actor, canManageUsers, 'manage accounts');
  const account = await findUser(ref);
  if (typed !== undefined) assertStrongPassword(typed, [account.email, account.name]);
  const password = typed ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return runTransaction(async (tx) => {
    const user = await findUserForUpdate(tx, { userId: account.id });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidFrom: new Date() } });
    await writeAuditEvent(tx, {
      actor,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: null,
    });
    return { ...user, generatedPassword: typed === undefined ? password : null };
  });
}
