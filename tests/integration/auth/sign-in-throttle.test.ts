import { test, expect } from 'vitest';
import { signInLimits } from '@/lib/auth/sign-in-throttle';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { db } from '@/lib/db';
import { createTestUser, testPassword, uniqueEmail } from '../../support/factories';

const wrongPassword = `${testPassword}-wrong`;

// The lock's end moved into the past, as 15 minutes passing would.
async function letLocksExpire() {
  await db.signInThrottle.updateMany({ where: { lockedUntil: { not: null } }, data: { lockedUntil: new Date(Date.now() - 1000) } });
}

async function failTimes(count: number, email: string, address: string) {
  for (let attempt = 0; attempt < count; attempt += 1) expect(await verifyCredentials({ email, password: wrongPassword }, address)).toBeNull();
}

test('the tenth failure in 15 minutes locks the account for 15 minutes, the right password included, then it signs in again', async () => {
  const user = await createTestUser();
  await failTimes(signInLimits.account.limit - 1, user.email, '10.0.0.1');

  await expect(verifyCredentials({ email: user.email, password: wrongPassword }, '10.0.0.2')).rejects.toMatchObject({
    code: 'locked',
    message: 'Too many attempts: try again in 15 minutes.',
  });
  // From any address, with the right password.
  await expect(verifyCredentials({ email: user.email.toUpperCase(), password: testPassword }, '10.0.0.3')).rejects.toMatchObject({ code: 'locked' });
  const events = await db.auditEvent.findMany({ where: { action: 'user.sign_in_failed', entityId: user.id }, orderBy: { sequence: 'asc' } });
  expect(events.map((event) => (event.after as { reason: string }).reason)).toEqual([...Array(10).fill('wrong_password'), 'locked_out']);
  expect(events[9]?.after).toMatchObject({ lockedUntil: expect.any(String), address: '10.0.0.2' });

  await letLocksExpire();
  expect(await verifyCredentials({ email: user.email, password: testPassword }, '10.0.0.1')).toMatchObject({ id: user.id });
});

// Malformed attempts (no password) count like wrong passwords, and cost no password hashing.
async function failMalformed(count: number, email: string, address: string) {
  for (let attempt = 0; attempt < count; attempt += 1) expect(await verifyCredentials({ email }, address)).toBeNull();
}

test('failures older than the window do not count, and a successful sign-in clears the count', async () => {
  const user = await createTestUser();
  await failMalformed(9, user.email, '10.0.1.1');
  await db.signInThrottle.update({
    where: { scope_key: { scope: 'account', key: user.email } },
    data: { failures: Array.from({ length: 9 }, () => new Date(Date.now() - 16 * 60_000)) },
  });
  expect(await verifyCredentials({ email: user.email, password: wrongPassword }, '10.0.1.1')).toBeNull();

  await failMalformed(7, user.email, '10.0.1.1');
  expect(await verifyCredentials({ email: user.email, password: testPassword }, '10.0.1.1')).toMatchObject({ id: user.id });
  await failMalformed(9, user.email, '10.0.1.1');
  expect(await verifyCredentials({ email: user.email, password: testPassword }, '10.0.1.1')).toMatchObject({ id: user.id });
});

test('concurrent failures are all counted, as they would be across several server processes', async () => {
  const user = await createTestUser();
  const attempts = await Promise.allSettled(
    Array.from({ length: signInLimits.account.limit }, (_, index) => verifyCredentials({ email: user.email, password: wrongPassword }, `10.0.2.${index}`)),
  );
  expect(attempts.filter((attempt) => attempt.status === 'rejected')).toHaveLength(1);
  await expect(verifyCredentials({ email: user.email, password: testPassword }, '10.0.2.99')).rejects.toMatchObject({ code: 'locked' });
});

test('one address trying many accounts is locked out, for every account, while other addresses still sign in', async () => {
  const user = await createTestUser();
  const address = '192.0.2.7';
  for (let attempt = 0; attempt < signInLimits.address.limit - 1; attempt += 1) await failMalformed(1, uniqueEmail('spray'), address);
  await expect(verifyCredentials({ email: uniqueEmail('spray') }, address)).rejects.toMatchObject({ code: 'locked' });
  await expect(verifyCredentials({ email: user.email, password: testPassword }, address)).rejects.toMatchObject({ code: 'locked' });
  expect(await verifyCredentials({ email: user.email, password: testPassword }, '192.0.2.8')).toMatchObject({ id: user.id });
  expect(await db.signInThrottle.findUniqueOrThrow({ where: { scope_key: { scope: 'address', key: address } } })).toMatchObject({ lockedUntil: expect.any(Date) });
});
