import { db } from '@/lib/db';

// The failure reasons written after a password was checked. `locked_out` and `malformed` are
// written for attempts refused before any check.
const checkedReasons = new Set(['wrong_password', 'unknown_email', 'deactivated', 'locked_during_check']);

export type SignInAttempt = { sequence: bigint; action: string; reason: string | null; address: string | null; beganLock: boolean; isPasswordChecked: boolean };

type Payload = { reason?: string; address?: string; lockedUntil?: string } | null;

/** The sign-in attempts of one account (its id, or the email typed when there is none) or from one address, oldest first, read from the audit history. */
export async function signInHistory(where: { entityId: string } | { address: string }): Promise<SignInAttempt[]> {
  const events = await db.auditEvent.findMany({
    where: { action: { in: ['user.signed_in', 'user.sign_in_failed'] }, ...('entityId' in where ? { entityId: where.entityId } : { after: { path: ['address'], equals: where.address } }) },
    orderBy: { sequence: 'asc' },
    select: { sequence: true, action: true, after: true },
  });
  return events.map(({ sequence, action, after }) => {
    const payload = after as Payload;
    const reason = payload?.reason ?? null;
    return {
      sequence,
      action,
      reason,
      address: payload?.address ?? null,
      beganLock: payload?.lockedUntil !== undefined,
      isPasswordChecked: action === 'user.signed_in' || (reason !== null && checkedReasons.has(reason)),
    };
  });
}

/** Sign-ins that succeeded after a lock had begun: there must be none. */
export function signInsAfterLock(history: SignInAttempt[]): SignInAttempt[] {
  const lock = history.find((attempt) => attempt.beganLock);
  if (!lock) return [];
  return history.filter((attempt) => attempt.action === 'user.signed_in' && attempt.sequence > lock.sequence);
}
