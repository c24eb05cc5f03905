import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { assertStrongPassword } from '@/lib/auth/password-strength';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { db } from '@/lib/db';
import { ZResetPassword } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { findUserForUpdate } from './find-user-for-update';
import { requireUserManager } from './require-user-manager';

export async function resetPassword({ actor, input }: { actor: Actor; input: unknown }) {
  const { email, password } = parseInput(ZResetPassword, input);
  requireUserManager(actor);
  assertStrongPassword(password, [email]);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await findUserForUpdate(tx, email);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidFrom: new Date() } });
    await writeAuditEvent(tx, {
      actor,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: null,
    });
    return user;
  });
}
