import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { signInLimits } from '@/lib/auth/sign-in-throttle';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { db } from '@/lib/db';
import { createTestUser, testPassword, uniqueEmail } from '../../support/factories';
import { signInHistory, signInsAfterLock } from '../../support/sign-in-history';

// Simultaneous attempts, as from many connections to one or several server processes: the limits
// bound how many passwords are checked, not only how many failures are recorded. The bursts from
// one address spend their time hashing (50 scrypt checks), hence their longer timeouts.

test('30 simultaneous attempts for one account, the right password last, check at most 10 passwords and leave it locked', async () => {
  const user = await createTestUser();
  const passwords = Array.from({ length: 30 }, (_, index) => (index === 29 ? testPassword : `${testPassword}-guess-${index}`));

  const outcomes = await Promise.allSettled(passwords.map((password, index) => verifyCredentials({ email: user.email, password }, `10.3.0.${index}`)));

  const history = await signInHistory({ entityId: user.id });
  expect(history).toHaveLength(30);
  expect(history.filter((attempt) => attempt.isPasswordChecked).length).toBeLessThanOrEqual(signInLimits.account.limit);
  expect(history.filter((attempt) => !attempt.isPasswordChecked).map((attempt) => attempt.reason)).toEqual(expect.arrayContaining(['locked_out']));
  expect(signInsAfterLock(history)).toEqual([]);
  const signedIn = outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value !== null);
  expect(signedIn).toHaveLength(history.filter((attempt) => attempt.action === 'user.signed_in').length);
  await expect(verifyCredentials({ email: user.email, password: testPassword }, '10.3.1.1')).rejects.toMatchObject({ code: 'locked' });
});

test('60 simultaneous attempts from one address at different emails check at most 50 passwords, and the address is then refused', async () => {
  const user = await createTestUser();
  const address = '198.51.100.23';
  const attempts = Array.from({ length: 60 }, () => verifyCredentials({ email: uniqueEmail('spray'), password: testPassword }, address));

  await Promise.allSettled(attempts);

  const history = await signInHistory({ address });
  expect(history).toHaveLength(60);
  expect(history.filter((attempt) => attempt.isPasswordChecked).length).toBeLessThanOrEqual(signInLimits.address.limit);
  expect(await db.signInThrottle.findUniqueOrThrow({ where: { scope_key: { scope: 'address', key: address } } })).toMatchObject({ lockedUntil: expect.any(Date) });
  await expect(verifyCredentials({ email: user.email, password: testPassword }, address)).rejects.toMatchObject({ code: 'locked' });
  expect(await verifyCredentials({ email: user.email, password: testPassword }, '198.51.100.24')).toMatchObject({ id: user.id });
}, 90_000);

test('a sign-in that succeeds does not count toward its address, so colleagues behind one address are not locked out', async () => {
  const users = await Promise.all(Array.from({ length: 3 }, () => createTestUser()));
  const address = '198.51.100.40';
  for (const user of users) expect(await verifyCredentials({ email: user.email, password: testPassword }, address)).toMatchObject({ id: user.id });
  const row = await db.signInThrottle.findUnique({ where: { scope_key: { scope: 'address', key: address } } });
  expect(row?.failures ?? []).toEqual([]);
});

const deriveKey = promisify<string, Buffer, number, ScryptOptions, Buffer>(scrypt);

// The stored format of lib/auth/password, with p=8: checking this password takes about eight times
// as long as checking one of the usual cost, which orders the two checks below without a pause.
async function slowToCheck(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await deriveKey(password, salt, 32, { N: 2 ** 17, r: 8, p: 8, maxmem: 256 * 1024 * 1024 });
  return ['scrypt', 2 ** 17, 8, 8, salt.toString('base64'), key.toString('base64')].join('$');
}

test('a right password whose check outlasts a failure that locks its address is refused, and audited as checked', async () => {
  const user = await createTestUser();
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await slowToCheck(testPassword) } });
  const address = '198.51.100.60';
  for (let attempt = 0; attempt < signInLimits.address.limit - 2; attempt += 1) expect(await verifyCredentials({ email: uniqueEmail('filler') }, address)).toBeNull();

  const [right, wrong] = await Promise.allSettled([
    verifyCredentials({ email: user.email, password: testPassword }, address),
    verifyCredentials({ email: uniqueEmail('spray'), password: testPassword }, address),
  ]);

  expect(wrong).toMatchObject({ status: 'rejected', reason: { code: 'locked' } });
  expect(right).toMatchObject({ status: 'rejected', reason: { code: 'locked' } });
  expect(await signInHistory({ entityId: user.id })).toMatchObject([{ action: 'user.sign_in_failed', reason: 'locked_during_check', isPasswordChecked: true }]);
}, 60_000);
