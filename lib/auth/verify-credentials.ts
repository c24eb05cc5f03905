import 'server-only';
import { z } from 'zod';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZSignIn } from '@/lib/validations/sign-in';
import { signInActor, type UserActor } from './actor';
import { hashPassword, verifyPassword } from './password';
import { clearAccountFailures, findSignInLock, recordSignInFailure, type SignInSubject } from './sign-in-throttle';

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const unknownUserHash = hashPassword('not-a-real-password-just-timing');

type FailureReason = 'wrong_password' | 'unknown_email' | 'deactivated' | 'malformed' | 'locked_out';

// What a failed attempt names: the account when there is one, else the email as typed (trimmed
// and cut short, since it comes from anyone; nothing at all if it holds a NUL character, which
// PostgreSQL can store neither as the throttle's key nor in the audit event).
const ZTypedEmail = z
  .object({ email: z.string().trim().toLowerCase().max(254).refine((email) => !email.includes('\u0000')) })
  .catch({ email: '' });

function lockedOut(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError('locked', `Too many attempts: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

function attempt(subject: SignInSubject) {
  return { email: subject.email, ...(subject.address ? { address: subject.address } : {}) };
}

/** Audits a failed attempt and, unless it was refused by a lock, counts it. Returns when a lock it began ends. */
async function recordFailure(subject: SignInSubject, reason: FailureReason, userId?: string): Promise<Date | null> {
  return runTransaction(async (tx) => {
    const lockedUntil = reason === 'locked_out' ? null : await recordSignInFailure(tx, subject);
    await writeAuditEvent(tx, {
      actor: signInActor,
      action: 'user.sign_in_failed',
      entityType: 'user',
      entityId: userId ?? (subject.email || '(no email)'),
      before: null,
      after: { ...attempt(subject), reason, ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}) },
    });
    return lockedUntil;
  });
}

/**
 * The user for an email and password, or null. Deactivated accounts never sign in. Too many
 * failures for the account or from the client's address throw `locked` (lib/auth/sign-in-throttle),
 * checked before the password so the right one is refused too. Every attempt is audited: a
 * sign-in as the user, a failure with its reason (which the sign-in page never shows).
 */
export async function verifyCredentials(input: unknown, clientAddress: string | null = null): Promise<UserActor | null> {
  const parsed = ZSignIn.safeParse(input);
  const subject: SignInSubject = { email: parsed.success ? parsed.data.email : ZTypedEmail.parse(input).email, address: clientAddress };
  const lock = await findSignInLock(subject);
  if (lock) {
    const account = subject.email ? await db.user.findUnique({ where: { email: subject.email }, select: { id: true } }) : null;
    await recordFailure(subject, 'locked_out', account?.id);
    throw lockedOut(lock);
  }
  if (!parsed.success) {
    const locked = await recordFailure(subject, 'malformed');
    if (locked) throw lockedOut(locked);
    return null;
  }
  const { password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email: subject.email },
    select: { id: true, email: true, name: true, role: true, isActive: true, passwordHash: true },
  });
  const isMatch = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
  if (!user || !isMatch || !user.isActive) {
    const locked = await recordFailure(subject, !user ? 'unknown_email' : !isMatch ? 'wrong_password' : 'deactivated', user?.id);
    if (locked) throw lockedOut(locked);
    return null;
  }
  const actor: UserActor = { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role };
  await runTransaction(async (tx) => {
    await clearAccountFailures(tx, user.email);
    await writeAuditEvent(tx, { actor, action: 'user.signed_in', entityType: 'user', entityId: user.id, before: null, after: attempt(subject) });
  });
  return actor;
}
