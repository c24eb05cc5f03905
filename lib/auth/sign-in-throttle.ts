import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

// After `limit` failures within the window, sign-ins for that account (or from that address) are
// refused for `lockMinutes`, the right password included. The address limit is higher: several
// people may share one address behind a newsroom's NAT.
export const signInLimits = {
  account: { limit: 10, windowMinutes: 15, lockMinutes: 15 },
  address: { limit: 50, windowMinutes: 15, lockMinutes: 15 },
} as const;

type Scope = keyof typeof signInLimits;
export type SignInSubject = { email: string; address: string | null };

// The account first, always: every transaction here locks the rows in this order, so two attempts
// never wait for each other in a cycle.
function keysOf(subject: SignInSubject): { scope: Scope; key: string }[] {
  const keys: { scope: Scope; key: string }[] = [{ scope: 'account', key: subject.email }];
  if (subject.address) keys.push({ scope: 'address', key: subject.address });
  return keys;
}

const later = (first: Date | null, second: Date | null) => (!first || (second && second > first) ? second : first);

export type SignInAdmission = { isAdmitted: true; attemptAt: Date } | { isAdmitted: false; retryAt: Date };

// The rows of a subject in one statement: a burst of attempts queues on these rows, so each
// transaction holds them for as few round trips as it can.
function rowsOf(subject: SignInSubject) {
  return Prisma.join(keysOf(subject).map(({ scope, key }) => Prisma.sql`(${scope}::"SignInScope", ${key})`));
}

const throttleWindow = Prisma.sql`make_interval(mins => CASE throttle.scope WHEN 'account' THEN ${signInLimits.account.windowMinutes}::int ELSE ${signInLimits.address.windowMinutes}::int END)`;

/**
 * Counts an attempt before its password is checked, so that simultaneous attempts, on any server
 * process, cannot check more passwords than the limit. Under the rows' locks: refused (and not
 * counted) while the account or address is locked or its window already holds `limit` attempts;
 * otherwise its time joins both windows until `recordSignInFailure` keeps it or
 * `settleRightPassword` takes it out again.
 */
export async function admitSignInAttempt(tx: DbTransaction, subject: SignInSubject): Promise<SignInAdmission> {
  await deleteStaleThrottles(tx);
  // VALUES in keysOf's order, so the rows are locked account first.
  const rows = await tx.$queryRaw<{ scope: Scope; attempts: number; lockedUntil: Date | null; windowFrees: Date | null; now: Date }[]>`
    INSERT INTO sign_in_throttles AS throttle (scope, key, failures, updated_at)
    SELECT scope, key, '{}', now() FROM (VALUES ${rowsOf(subject)}) AS subject (scope, key)
    ON CONFLICT (scope, key) DO UPDATE SET
      failures = ARRAY(SELECT f FROM unnest(throttle.failures) AS f WHERE f > now() - ${throttleWindow}),
      updated_at = now()
    RETURNING throttle.scope, cardinality(throttle.failures) AS attempts,
      CASE WHEN throttle.locked_until > now() THEN throttle.locked_until END AS "lockedUntil",
      (SELECT min(f) FROM unnest(throttle.failures) AS f) + ${throttleWindow} AS "windowFrees",
      clock_timestamp()::timestamptz(3) AS now`;
  const retryAt = rows.reduce<Date | null>((end, row) => later(end, row.lockedUntil ?? (row.attempts >= signInLimits[row.scope].limit ? row.windowFrees : null)), null);
  if (retryAt) return { isAdmitted: false, retryAt };
  const attemptAt = rows[0]?.now;
  if (!attemptAt) throw new Error('The sign-in throttle upsert returned no row');
  await tx.$executeRaw`UPDATE sign_in_throttles SET failures = array_append(failures, ${attemptAt.toISOString()}::timestamptz)
    WHERE (scope, key) IN (${rowsOf(subject)})`;
  return { isAdmitted: true, attemptAt };
}

// Run before the subject's rows are locked; rows locked by other attempts are skipped, not waited for.
async function deleteStaleThrottles(tx: DbTransaction): Promise<void> {
  await tx.$executeRaw`DELETE FROM sign_in_throttles WHERE (scope, key) IN (
    SELECT scope, key FROM sign_in_throttles
    WHERE updated_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())
    FOR UPDATE SKIP LOCKED)`;
}

/**
 * Keeps an admitted attempt counted as a failure and, when its window holds `limit` attempts (this
 * one included, and any still being checked), locks the account or address out. Returns when a
 * lock begun by this failure ends, or null. Runs in the caller's transaction, so the count and the
 * audit event are written together.
 */
export async function recordSignInFailure(tx: DbTransaction, subject: SignInSubject): Promise<Date | null> {
  let lockedUntil: Date | null = null;
  for (const { scope, key } of keysOf(subject)) {
    const { limit, windowMinutes, lockMinutes } = signInLimits[scope];
    const [locked] = await tx.$queryRaw<{ lockedUntil: Date }[]>`
      UPDATE sign_in_throttles SET failures = '{}', locked_until = now() + make_interval(mins => ${lockMinutes}::int), updated_at = now()
      WHERE scope = ${scope}::"SignInScope" AND key = ${key}
        AND (locked_until IS NULL OR locked_until <= now())
        AND (SELECT count(*) FROM unnest(failures) AS f WHERE f > now() - make_interval(mins => ${windowMinutes}::int)) >= ${limit}
      RETURNING locked_until AS "lockedUntil"`;
    lockedUntil = later(lockedUntil, locked?.lockedUntil ?? null);
  }
  return lockedUntil;
}

/**
 * After the right password: re-checks the locks, which another attempt may have begun while this
 * one's password was checked, and returns the later one's end if there is one (the caller refuses).
 * The attempt itself is no failure and leaves both windows; with `clearsAccount` (a sign-in), so do
 * the account's failures before it. The address keeps its count: one success proves nothing about
 * the rest.
 */
export async function settleRightPassword(tx: DbTransaction, subject: SignInSubject, attemptAt: Date, { clearsAccount }: { clearsAccount: boolean }): Promise<Date | null> {
  const [locks] = await tx.$queryRaw<{ lockedUntil: Date | null }[]>`
    SELECT max(locked_until) FILTER (WHERE locked_until > now()) AS "lockedUntil"
    FROM (SELECT locked_until FROM sign_in_throttles WHERE (scope, key) IN (${rowsOf(subject)}) ORDER BY scope FOR UPDATE) AS subject_rows`;
  const lockedUntil = locks?.lockedUntil ?? null;
  const at = attemptAt.toISOString();
  for (const { scope, key } of keysOf(subject)) {
    if (scope === 'account' && clearsAccount && !lockedUntil) {
      await tx.$executeRaw`UPDATE sign_in_throttles SET failures = ARRAY(SELECT f FROM unnest(failures) AS f WHERE f > ${at}::timestamptz), updated_at = now()
        WHERE scope = ${scope}::"SignInScope" AND key = ${key}`;
    } else {
      await tx.$executeRaw`UPDATE sign_in_throttles SET updated_at = now(), failures = ARRAY(
          SELECT f FROM unnest(failures) WITH ORDINALITY AS attempt(f, position)
          WHERE position IS DISTINCT FROM array_position(failures, ${at}::timestamptz) ORDER BY position)
        WHERE scope = ${scope}::"SignInScope" AND key = ${key}`;
    }
  }
  return lockedUntil;
}
