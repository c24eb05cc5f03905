import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { db } from '@/lib/db';

// After `limit` failures within the window, sign-ins for that account (or from that address) are
// refused for `lockMinutes`, the right password included. The address limit is higher: several
// people may share one address behind a newsroom's NAT.
export const signInLimits = {
  account: { limit: 10, windowMinutes: 15, lockMinutes: 15 },
  address: { limit: 50, windowMinutes: 15, lockMinutes: 15 },
} as const;

type Scope = keyof typeof signInLimits;
export type SignInSubject = { email: string; address: string | null };

function keysOf(subject: SignInSubject): { scope: Scope; key: string }[] {
  const keys: { scope: Scope; key: string }[] = [{ scope: 'account', key: subject.email }];
  if (subject.address) keys.push({ scope: 'address', key: subject.address });
  return keys;
}

/** When the account or the address is locked out, the moment the lock ends; else null. */
export async function findSignInLock(subject: SignInSubject): Promise<Date | null> {
  const locks = await db.signInThrottle.findMany({
    where: { OR: keysOf(subject), lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
  });
  const ends = locks.flatMap((lock) => (lock.lockedUntil ? [lock.lockedUntil.getTime()] : []));
  return ends.length > 0 ? new Date(Math.max(...ends)) : null;
}

/**
 * Counts a failed sign-in for the account and the address, locking either out when it reaches its
 * limit. Returns when a lock begun by this failure ends, or null. Runs in the caller's transaction,
 * so the count and the audit event are written together; the upsert's row lock orders concurrent
 * failures, whichever server process they reach.
 */
export async function recordSignInFailure(tx: DbTransaction, subject: SignInSubject): Promise<Date | null> {
  let lockedUntil: Date | null = null;
  for (const { scope, key } of keysOf(subject)) {
    const { limit, windowMinutes, lockMinutes } = signInLimits[scope];
    const [counted] = await tx.$queryRaw<{ failures: number }[]>`
      INSERT INTO sign_in_throttles (scope, key, failures, updated_at)
      VALUES (${scope}::"SignInScope", ${key}, ARRAY[now()], now())
      ON CONFLICT (scope, key) DO UPDATE SET
        failures = array_append(
          ARRAY(SELECT f FROM unnest(sign_in_throttles.failures) AS f WHERE f > now() - make_interval(mins => ${windowMinutes}::int)),
          now()),
        updated_at = now()
      RETURNING cardinality(failures) AS failures`;
    if ((counted?.failures ?? 0) < limit) continue;
    const [locked] = await tx.$queryRaw<{ lockedUntil: Date }[]>`
      UPDATE sign_in_throttles SET failures = '{}', locked_until = now() + make_interval(mins => ${lockMinutes}::int)
      WHERE scope = ${scope}::"SignInScope" AND key = ${key}
      RETURNING locked_until AS "lockedUntil"`;
    if (locked && (!lockedUntil || locked.lockedUntil > lockedUntil)) lockedUntil = locked.lockedUntil;
  }
  await tx.$executeRaw`DELETE FROM sign_in_throttles WHERE updated_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())`;
  return lockedUntil;
}

/** A successful sign-in clears the account's count (not the address's: one success proves nothing about the rest). */
export async function clearAccountFailures(tx: DbTransaction, email: string): Promise<void> {
  await tx.signInThrottle.updateMany({ where: { scope: 'account', key: email }, data: { failures: [], updatedAt: new Date() } });
}
