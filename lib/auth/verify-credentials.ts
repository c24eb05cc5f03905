import 'server-only';
import { z } from 'zod';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import type { DbTransaction } from '@/lib/db';
import { db } from '@/lib/db';
import { ZSignIn } from '@/lib/validations/sign-in';
import { signInActor, type UserActor } from '@/lib/actor';
import { checkPasswordUnderLimits, lockedOutError } from './check-password-under-limits';
import { hashPassword, verifyPassword } from './password';
import { startUserSession } from './start-user-session';
import type { SignInSubject } from './sign-in-throttle';

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const unknownUserHash = hashPassword('not-a-real-password-just-timing');

type CheckFailure = 'wrong_password' | 'unknown_email' | 'deactivated' | 'malformed';
type FailureReason = CheckFailure | 'locked_out' | 'locked_during_check';

// What a failed attempt names: the account when there is one, else the email as typed (trimmed
// and cut short, since it comes from anyone; nothing at all if it holds a NUL character, which
// PostgreSQL can store neither as the throttle's key nor in the audit event).
const ZTypedEmail = z
  .object({ email: z.string().trim().toLowerCase().max(254).refine((email) => !email.includes('\u0000')) })
  .catch({ email: '' });

function attempt(subject: SignInSubject) {
  return { email: subject.email, ...(subject.address ? { address: subject.address } : {}) };
}

async function auditFailure(tx: DbTransaction, subject: SignInSubject, reason: FailureReason, userId: string | undefined, lockedUntil: Date | null = null) {
  await writeAuditEvent(tx, {
    actor: signInActor,
    action: 'user.sign_in_failed',
    entityType: 'user',
    entityId: userId ?? (subject.email || '(no email)'),
    before: null,
    after: { ...attempt(subject), reason, ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}) },
  });
}

/** A user who just proved their password, with the server-side session their cookie will name. */
export type SignedInUser = UserActor & { sessionId: string };

/**
 * The user for an email and password, with a new session, or null. Deactivated accounts never sign in. Too many
 * attempts for the account or from the client's address throw `locked` (lib/auth/sign-in-throttle),
 * the right password included. Every attempt is audited: a sign-in as the user, a failure with its
 * reason (which the sign-in page never shows); `locked_out` means no password was checked.
 */
export async function verifyCredentials(input: unknown, clientAddress: string | null = null): Promise<SignedInUser | null> {
  const parsed = ZSignIn.safeParse(input);
  const subject: SignInSubject = { email: parsed.success ? parsed.data.email : ZTypedEmail.parse(input).email, address: clientAddress };
  const user = subject.email
    ? await db.user.findUnique({ where: { email: subject.email }, select: { id: true, email: true, name: true, role: true, isActive: true, passwordHash: true } })
    : null;
  const actor: UserActor | null = user && { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role };
  let sessionId: string | null = null;

  const outcome = await checkPasswordUnderLimits<CheckFailure>({
    subject,
    clearsAccount: true,
    // Malformed input is counted as a failure without hashing anything.
    check: async () => {
      if (!parsed.success) return 'malformed';
      const isMatch = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await unknownUserHash));
      return !user ? 'unknown_email' : !isMatch ? 'wrong_password' : !user.isActive ? 'deactivated' : null;
    },
    audit: async (tx, settled) => {
      switch (settled.result) {
        case 'refused':
          return auditFailure(tx, subject, 'locked_out', user?.id);
        case 'locked_during_check':
          return auditFailure(tx, subject, 'locked_during_check', user?.id);
        case 'failed':
          return auditFailure(tx, subject, settled.failure, settled.failure === 'malformed' ? undefined : user?.id, settled.lockedUntil);
        case 'right':
          if (!actor) throw new Error('A right password without an account');
          sessionId = await startUserSession(tx, actor.id);
          return writeAuditEvent(tx, { actor, action: 'user.signed_in', entityType: 'user', entityId: actor.id, before: null, after: attempt(subject) });
      }
    },
  });
  switch (outcome.result) {
    case 'refused':
      throw lockedOutError(outcome.retryAt);
    case 'locked_during_check':
      throw lockedOutError(outcome.lockedUntil);
    case 'failed':
      if (outcome.lockedUntil) throw lockedOutError(outcome.lockedUntil);
      return null;
    case 'right':
      if (!actor || !sessionId) throw new Error('A right password without an account or a session');
      return { ...actor, sessionId };
  }
}
