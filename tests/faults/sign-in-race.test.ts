import { afterAll, beforeAll, expect, test } from 'vitest';
import { signInLimits } from '@/lib/auth/sign-in-throttle';
import { db } from '@/lib/db';
import { startAppServer, type AppServer } from '../../tooling/app-server';
import { createTestUser, testPassword, uniqueEmail } from '../support/factories';
import { postSignIn, sessionCookieOf } from '../support/http-sign-in';
import { signInHistory, signInsAfterLock } from '../support/sign-in-history';

// Bursts of simultaneous sign-ins through next-auth's real endpoint, on the production server.
// It trusts one reverse proxy, so each request names its client address in X-Forwarded-For.

let server: AppServer;

beforeAll(async () => {
  server = await startAppServer({ databaseUrl: process.env.DATABASE_URL ?? '', env: { FACTCHECK_TRUSTED_PROXIES: '1' } });
});

afterAll(async () => {
  await server.kill();
});

/** One sign-in through the login form's endpoint from `clientAddress`; true when it gave a session. */
async function signIn(email: string, password: string, clientAddress: string): Promise<boolean> {
  const response = await postSignIn(server.url, email, password, { 'x-forwarded-for': clientAddress });
  if (response.status >= 500) throw new Error(`sign-in answered ${response.status}\n${server.output()}`);
  return sessionCookieOf(response) !== null;
}

async function lockOf(scope: 'account' | 'address', key: string) {
  const row = await db.signInThrottle.findUnique({ where: { scope_key: { scope, key } }, select: { lockedUntil: true } });
  return row?.lockedUntil ?? null;
}

test('30 simultaneous sign-ins for one account, the right password last: at most 10 passwords checked, locked, and the right password refused after', async () => {
  const user = await createTestUser();
  const passwords = Array.from({ length: 30 }, (_, index) => (index === 29 ? testPassword : `${testPassword}-guess-${index}`));

  const signedIn = await Promise.all(passwords.map((password, index) => signIn(user.email, password, `203.0.113.${index + 1}`)));

  const history = await signInHistory({ entityId: user.id });
  expect(history).toHaveLength(30);
  expect(history.filter((attempt) => attempt.isPasswordChecked).length).toBeLessThanOrEqual(signInLimits.account.limit);
  expect(signInsAfterLock(history)).toEqual([]);
  expect(signedIn.filter(Boolean)).toHaveLength(history.filter((attempt) => attempt.action === 'user.signed_in').length);
  expect(await lockOf('account', user.email)).toEqual(expect.any(Date));

  expect(await signIn(user.email, testPassword, '203.0.113.99')).toBe(false);
  expect((await signInHistory({ entityId: user.id })).at(-1)).toMatchObject({ reason: 'locked_out' });
});

test('60 simultaneous sign-ins from one address at different emails: at most 50 passwords checked, then the address is refused, other addresses are not', async () => {
  const user = await createTestUser();
  const address = '198.51.100.77';

  await Promise.all(Array.from({ length: 60 }, () => signIn(uniqueEmail('spray'), testPassword, address)));

  const history = await signInHistory({ address });
  expect(history).toHaveLength(60);
  expect(history.filter((attempt) => attempt.isPasswordChecked).length).toBeLessThanOrEqual(signInLimits.address.limit);
  expect(await lockOf('address', address)).toEqual(expect.any(Date));
  expect(await signIn(user.email, testPassword, address)).toBe(false);
  expect(await signIn(user.email, testPassword, '198.51.100.78')).toBe(true);
}, 120_000);
