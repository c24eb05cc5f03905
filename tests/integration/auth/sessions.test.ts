import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { endUserSession } from '@/lib/auth/end-user-session';
import { findActiveUser } from '@/lib/auth/find-active-user';
import { startUserSession } from '@/lib/auth/start-user-session';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
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

test('signing out revokes the session itself: the same cookie names no session afterwards, and the sign-out is audited', async () => {
  const user = await createTestUser();
  const sessionStartedAt = new Date();
  const sessionId = await runTransaction((tx) => startUserSession(tx, user.id));
  const otherSessionId = await runTransaction((tx) => startUserSession(tx, user.id));
  expect(await findActiveUser(user.id, { sessionId, sessionStartedAt })).toMatchObject({ id: user.id });

  await endUserSession({ sub: user.id, sid: sessionId });
  expect(await findActiveUser(user.id, { sessionId, sessionStartedAt })).toBeNull();
  // The user's other sessions (another browser) go on.
  expect(await findActiveUser(user.id, { sessionId: otherSessionId, sessionStartedAt })).toMatchObject({ id: user.id });
  const events = await db.auditEvent.findMany({ where: { action: 'user.signed_out', entityId: user.id }, select: { actorId: true, after: true } });
  expect(events).toEqual([{ actorId: user.id, after: { sessionId } }]);

  // Signing out again, or with a session id that is not the user's, changes nothing.
  await endUserSession({ sub: user.id, sid: sessionId });
  const stranger = await createTestUser();
  await endUserSession({ sub: stranger.id, sid: otherSessionId });
  expect(await findActiveUser(user.id, { sessionId: otherSessionId, sessionStartedAt })).toMatchObject({ id: user.id });
  expect(await db.auditEvent.count({ where: { action: 'user.signed_out' } })).toBe(1);
});

test('a session id that was never issued is no session', async () => {
  const user = await createTestUser();
  expect(await findActiveUser(user.id, { sessionId: randomUUID(), sessionStartedAt: new Date() })).toBeNull();
});

test('starting a session deletes the user’s sessions past their absolute lifetime', async () => {
  const user = await createTestUser();
  const old = await db.userSession.create({ data: { userId: user.id, createdAt: new Date(Date.now() - (sessionLifetime.absoluteSeconds + 60) * 1000) } });
  const recent = await runTransaction((tx) => startUserSession(tx, user.id));
  const kept = await db.userSession.findMany({ where: { userId: user.id }, select: { id: true } });
  expect(kept.map((session) => session.id)).toEqual([recent]);
  expect(kept.map((session) => session.id)).not.toContain(old.id);
});
