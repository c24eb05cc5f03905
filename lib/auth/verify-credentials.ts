import 'server-only';
import { z } from 'zod';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { db } from '@/lib/db';
import { ZSignIn } from '@/lib/validations/sign-in';
import { signInActor, type UserActor } from './actor';
import { hashPassword, verifyPassword } from './password';

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const unknownUserHash = hashPassword('not-a-real-password-just-timing');

type FailureReason = 'wrong_password' | 'unknown_email' | 'deactivated' | 'malformed';

// What a failed attempt names: the account when there is one, else the email as typed (trimmed
// and cut short, since it comes from anyone).
const ZTypedEmail = z.object({ email: z.string().trim().toLowerCase().max(254) }).catch({ email: '' });

async function recordFailure(email: string, reason: FailureReason, userId?: string) {
  await db.$transaction((tx) =>
    writeAuditEvent(tx, {
      actor: signInActor,
      action: 'user.sign_in_failed',
      entityType: 'user',
      entityId: userId ?? (email || '(no email)'),
      before: null,
      after: { email, reason },
    }),
  );
}

/**
 * The user for an email and password, or null. Deactivated accounts never sign in. Every attempt
 * is audited: a sign-in as the user, a failure with its reason (which the sign-in page never shows).
 */
export async function verifyCredentials(input: unknown): Promise<UserActor | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) {
    await recordFailure(ZTypedEmail.parse(input).email, 'malformed');
    return null;
  }
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, isActive: true, passwordHash: true },
  });
  const isMatch = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
  if (!user || !isMatch || !user.isActive) {
    await recordFailure(email, !user ? 'unknown_email' : !isMatch ? 'wrong_password' : 'deactivated', user?.id);
    return null;
  }
  const actor: UserActor = { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role };
  await db.$transaction((tx) =>
    writeAuditEvent(tx, { actor, action: 'user.signed_in', entityType: 'user', entityId: user.id, before: null, after: { email: user.email } }),
  );
  return actor;
}
