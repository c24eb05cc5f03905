import { test, expect } from 'vitest';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { db } from '@/lib/db';
import { setUserActive } from '@/lib/users/set-user-active';
import { createTestUser, testPassword, uniqueEmail } from '../../support/factories';

async function lastEvent() {
  return db.auditEvent.findFirstOrThrow({ orderBy: { sequence: 'desc' } });
}

test('signs in with the right email and password, whatever the email case, and audits the sign-in', async () => {
  const user = await createTestUser({ role: 'editor' });
  const actor = await verifyCredentials({ email: user.email.toUpperCase(), password: testPassword });
  expect(actor).toEqual({ kind: 'user', id: user.id, email: user.email, name: user.name, role: 'editor', sessionId: expect.any(String) });
  // The sign-in opened the server-side session its cookie will name, in the same transaction as its event.
  expect(await db.userSession.findUniqueOrThrow({ where: { id: actor?.sessionId ?? '' } })).toMatchObject({ userId: user.id, revokedAt: null });
  expect(await lastEvent()).toMatchObject({ action: 'user.signed_in', actorId: user.id, entityType: 'user', entityId: user.id, after: { email: user.email } });
});

test('refuses a wrong password, an unknown email and malformed input alike, auditing each failure with its reason', async () => {
  const user = await createTestUser();
  const nobody = uniqueEmail('nobody');
  const failures = [
    [{ email: user.email, password: `${testPassword}!` }, { entityId: user.id, after: { email: user.email, reason: 'wrong_password' } }],
    [{ email: nobody, password: testPassword }, { entityId: nobody, after: { email: nobody, reason: 'unknown_email' } }],
    [{ email: user.email }, { entityId: user.email, after: { email: user.email, reason: 'malformed' } }],
    [null, { entityId: '(no email)', after: { email: '', reason: 'malformed' } }],
  ] as const;
  for (const [input, event] of failures) {
    expect(await verifyCredentials(input)).toBeNull();
    expect(await lastEvent()).toMatchObject({ action: 'user.sign_in_failed', actorId: null, requestId: 'sign-in', ...event });
  }
});

test('a deactivated account is refused even with the right password, and the failure says why', async () => {
  const admin = await createTestUser({ role: 'admin' });
  const user = await createTestUser();
  await setUserActive({ actor: admin.actor, input: { email: user.email }, isActive: false });
  expect(await verifyCredentials({ email: user.email, password: testPassword })).toBeNull();
  expect(await lastEvent()).toMatchObject({ action: 'user.sign_in_failed', entityId: user.id, after: { reason: 'deactivated' } });
});
