import { expect, test } from 'vitest';
import { cliActor } from '@/lib/auth/actor';
import { findActiveUser } from '@/lib/auth/find-active-user';
import { isSessionTooOld, sessionLifetime } from '@/lib/auth/session-lifetime';
import { resetPassword } from '@/lib/users/reset-password';
import { setUserActive } from '@/lib/users/set-user-active';
import { createTestUser } from '../../support/factories';

test('a password reset ends the sessions that began before it, not the ones after', async () => {
  const user = await createTestUser();
  const before = new Date();
  expect(await findActiveUser(user.id, { sessionStartedAt: before })).toMatchObject({ id: user.id });

  await resetPassword({ actor: cliActor, input: { email: user.email, password: 'a fresh passphrase of several words' } });
  expect(await findActiveUser(user.id, { sessionStartedAt: before })).toBeNull();
  expect(await findActiveUser(user.id, { sessionStartedAt: new Date() })).toMatchObject({ id: user.id });
});

test('deactivating ends every session, and reactivating does not bring the old ones back', async () => {
  const user = await createTestUser();
  const before = new Date();
  await setUserActive({ actor: cliActor, input: { email: user.email }, isActive: false });
  expect(await findActiveUser(user.id, { sessionStartedAt: new Date() })).toBeNull();
  await setUserActive({ actor: cliActor, input: { email: user.email }, isActive: true });
  expect(await findActiveUser(user.id, { sessionStartedAt: before })).toBeNull();
  expect(await findActiveUser(user.id, { sessionStartedAt: new Date() })).toMatchObject({ id: user.id });
});

test('however active, a session ends 12 hours after sign-in', () => {
  const signedInAt = Date.UTC(2026, 10, 25, 8);
  expect(sessionLifetime.absoluteSeconds).toBe(12 * 60 * 60);
  expect(isSessionTooOld(signedInAt, signedInAt + 11.9 * 3600_000)).toBe(false);
  expect(isSessionTooOld(signedInAt, signedInAt + 12.1 * 3600_000)).toBe(true);
});
