import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { assertStrongPassword } from '@/lib/auth/password-strength';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { AppError, isAppError } from '@/lib/errors';
import { ZChangeOwnPassword } from '@/lib/validations/user';
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

/**
 * The signed-in user changes their own password, giving the current one. Every session that began
 * before ends (the caller signs in again with the new password to carry on); API tokens keep working.
 */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: unknown }) {
  const { currentPassword, newPassword } = parseInput(ZChangeOwnPassword, input);
  if (actor.kind !== 'user') throw new AppError('forbidden', 'Only a signed-in user can change their own password');
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true, passwordHash: true } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) throw new AppError('invalid', 'Current password is wrong', 'currentPassword');
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
