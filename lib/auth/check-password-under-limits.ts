import 'server-only';
import { runTransaction } from '@/lib/database/run-transaction';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { admitSignInAttempt, recordSignInFailure, settleRightPassword, type SignInSubject } from './sign-in-throttle';
import { countOf } from '@/lib/format/plural';

export type PasswordCheckOutcome<Failure extends string> =
  | { result: 'refused'; retryAt: Date }
  | { result: 'failed'; failure: Failure; lockedUntil: Date | null }
  | { result: 'locked_during_check'; lockedUntil: Date }
  | { result: 'right' };

export function lockedOutError(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError('locked', `Too many attempts: try again in ${countOf(minutes, 'minute', 'minutes')}.`);
}

/**
 * Checks a password under the sign-in limits of lib/auth/sign-in-throttle, whatever the number of
 * simultaneous attempts: the attempt is counted (or refused, unchecked) in one transaction, the
 * password checked outside any, and the outcome settled in a second transaction, which writes its
 * audit event. A right password is refused all the same when a lock began during its check.
 */
export async function checkPasswordUnderLimits<Failure extends string>({
  subject,
  clearsAccount,
  check,
  audit,
}: {
  subject: SignInSubject;
  /** Whether the right password also clears the account's earlier failures (a sign-in does). */
  clearsAccount: boolean;
  /** Null when the password is right, else why the attempt fails. */
  check: () => Promise<Failure | null>;
  /** Writes the audit event of an outcome, in the transaction that counts it. */
  audit: (tx: DbTransaction, outcome: PasswordCheckOutcome<Failure>) => Promise<void>;
}): Promise<PasswordCheckOutcome<Failure>> {
  const admission = await runTransaction(async (tx) => {
    const admitted = await admitSignInAttempt(tx, subject);
    if (!admitted.isAdmitted) await audit(tx, { result: 'refused', retryAt: admitted.retryAt });
    return admitted;
  });
  if (!admission.isAdmitted) return { result: 'refused', retryAt: admission.retryAt };
  const failure = await check();
  return runTransaction(async (tx) => {
    let outcome: PasswordCheckOutcome<Failure>;
    if (failure !== null) {
      outcome = { result: 'failed', failure, lockedUntil: await recordSignInFailure(tx, subject) };
    } else {
      const lockedUntil = await settleRightPassword(tx, subject, admission.attemptAt, { clearsAccount });
      outcome = lockedUntil ? { result: 'locked_during_check', lockedUntil } : { result: 'right' };
    }
    await audit(tx, outcome);
    return outcome;
  });
}
