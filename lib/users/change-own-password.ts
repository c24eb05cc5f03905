import 'server-only';
import type { Actor, UserActor } from '@/lib/actor';
import { checkPasswordUnderLimits, lockedOutError } from '@/lib/auth/check-password-under-limits';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { assertStrongPassword } from '@/lib/auth/password-strength';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { assertAllowed, isSignedInUser } from '@/lib/permissions';
import { AppError, isAppError } from '@/lib/errors';
import { ZChangeOwnPassword, ZChangeOwnPasswordRequest } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';

// The strength check names `password`; here the field is `newPassword`.
function assertStrongNewPassword(password: string, accountWords: string[]): void {
  try {
    assertStrongPassword(password, accountWords);
  } catch (error) {
    if (isAppError(error) && error.field === 'password') throw new AppError(error.code, error.message.replace(/^Password/, 'New password'), 'newPassword');
    throw error;
  }
}

type Account = { id: string; email: string; passwordHash: string };

// Under the account's sign-in limit, so that a stolen session cannot be used to guess the password:
// a wrong one counts toward the lockout and is audited, and while locked the right one is refused.
async function checkCurrentPassword(actor: UserActor, account: Account, currentPassword: string): Promise<void> {
  const outcome = await checkPasswordUnderLimits<'wrong_password'>({
    subject: { email: account.email, address: null },
    clearsAccount: false,
    check: async () => ((await verifyPassword(currentPassword, account.passwordHash)) ? null : 'wrong_password'),
    audit: async (tx, settled) => {
      if (settled.result === 'right') return;
      const reason = settled.result === 'failed' ? settled.failure : settled.result === 'refused' ? 'locked_out' : 'locked_during_check';
      const lock = settled.result === 'failed' && settled.lockedUntil ? { lockedUntil: settled.lockedUntil.toISOString() } : {};
      await writeAuditEvent(tx, { actor, action: 'user.password_change_failed', entityType: 'user', entityId: account.id, before: null, after: { reason, ...lock } });
    },
  });
  if (outcome.result === 'refused') throw lockedOutError(outcome.retryAt);
  if (outcome.result === 'locked_during_check') throw lockedOutError(outcome.lockedUntil);
  if (outcome.result === 'failed') throw outcome.lockedUntil ? lockedOutError(outcome.lockedUntil) : new AppError('invalid', 'Current password is wrong', 'currentPassword');
}

/**
 * The signed-in user changes their own password, giving the current one. Every session that began
 * before ends (the caller signs in again with the new password to carry on); API tokens keep working.
 * The current password is checked first: while it is wrong that is the only answer, whatever the
 * new password, so the answers tell nothing more about it.
 */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: unknown }) {
  const { currentPassword } = parseInput(ZChangeOwnPasswordRequest, input);
  assertAllowed(actor, isSignedInUser, 'change their own password');
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true, passwordHash: true } });
  await checkCurrentPassword(actor, user, currentPassword);
  const { newPassword } = parseInput(ZChangeOwnPassword, input);
  if (newPassword === currentPassword) throw new AppError('invalid', 'New password must differ from the current one', 'newPassword');
  assertStrongNewPassword(newPassword, [user.email, user.name]);
  const passwordHash = await hashPassword(newPassword);
  return runTransaction(async (tx) => {
    // Only if the password is still the one just checked: an admin's reset in between wins.
    const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash, sessionsValidFrom: new Date() } });
    if (count === 0) throw new AppError('conflict', 'Your password was changed meanwhile: sign in again with the new one', 'currentPassword');
    await writeAuditEvent(tx, { actor, action: 'user.password_changed', entityType: 'user', entityId: user.id, before: null, after: null });
    return { id: user.id };
  });
}
