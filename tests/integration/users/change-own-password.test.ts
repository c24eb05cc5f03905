import { describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { findActiveUser } from '@/lib/auth/find-active-user';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { db } from '@/lib/db';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { createTestUser, testPassword } from '../../support/factories';

const newPassword = 'quiet-lantern-over-marlow-bridge';

async function accountState(userId: string) {
  const [user, auditEvents] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, sessionsValidFrom: true } }),
    db.auditEvent.count({ where: { entityId: userId, action: 'user.password_changed' } }),
  ]);
  return { ...user, auditEvents };
}

describe('changing one’s own password', () => {
  test('with the current password: the new one signs in, the old one does not, and sessions begun before end', async () => {
    const reviewer = await createTestUser();
    const sessionStartedAt = new Date();
    expect(await findActiveUser(reviewer.id, { sessionStartedAt })).not.toBeNull();

    await changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: testPassword, newPassword } });

    expect(await verifyCredentials({ email: reviewer.email, password: testPassword })).toBeNull();
    expect(await verifyCredentials({ email: reviewer.email, password: newPassword })).toMatchObject({ id: reviewer.id });
    expect(await findActiveUser(reviewer.id, { sessionStartedAt })).toBeNull();
    expect(await findActiveUser(reviewer.id, { sessionStartedAt: new Date() })).not.toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: 'user.password_changed' } });
    expect(event).toMatchObject({ actorId: reviewer.id, entityType: 'user', before: null, after: null });
  });

  test.each([
    ['a wrong current password', { currentPassword: 'not-my-password-at-all', newPassword }, 'currentPassword'],
    ['a wrong current password with a short new one', { currentPassword: 'not-my-password-at-all', newPassword: 'short' }, 'currentPassword'],
    ['no current password', { currentPassword: '', newPassword }, 'currentPassword'],
    ['a new password under 12 characters', { currentPassword: testPassword, newPassword: 'short' }, 'newPassword'],
    ['a new password that is easy to guess', { currentPassword: testPassword, newPassword: 'password1234' }, 'newPassword'],
    ['the same password again', { currentPassword: testPassword, newPassword: testPassword }, 'newPassword'],
  ])('refuses %s as invalid, naming the field, and changes nothing', async (_case, input, field) => {
    const reviewer = await createTestUser();
    const before = await accountState(reviewer.id);
    await expect(changeOwnPassword({ actor: reviewer.actor, input })).rejects.toMatchObject({ code: 'invalid', field });
    expect(await accountState(reviewer.id)).toEqual(before);
  });

  test('the strength message names the new password', async () => {
    const reviewer = await createTestUser();
    await expect(changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: testPassword, newPassword: 'password1234' } })).rejects.toMatchObject({
      message: expect.stringMatching(/^New password is too easy to guess/),
    });
  });

  test('the command line has no password of its own to change', async () => {
    await expect(changeOwnPassword({ actor: cliActor, input: { currentPassword: testPassword, newPassword } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('the current password is checked under the account’s sign-in limit', () => {
  const wrongPassword = 'not-my-password-at-all';

  async function changeFailures(userId: string) {
    const events = await db.auditEvent.findMany({ where: { entityId: userId, action: 'user.password_change_failed' }, orderBy: { sequence: 'asc' } });
    return events.map((event) => ({ actorId: event.actorId, reason: (event.after as { reason?: string } | null)?.reason }));
  }

  test('a wrong current password is the only answer, whatever the new password is, and each is audited against the account', async () => {
    const reviewer = await createTestUser();
    for (const candidate of [newPassword, wrongPassword, 'short', 'password1234', testPassword]) {
      await expect(changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: wrongPassword, newPassword: candidate } })).rejects.toMatchObject({
        code: 'invalid',
        field: 'currentPassword',
        message: 'Current password is wrong',
      });
    }
    expect(await changeFailures(reviewer.id)).toEqual(Array(5).fill({ actorId: reviewer.id, reason: 'wrong_password' }));
  });

  test('the tenth wrong current password locks the account: the right one is refused with the lockout message, and so is signing in', async () => {
    const reviewer = await createTestUser();
    const before = await accountState(reviewer.id);
    for (let attempt = 1; attempt < 10; attempt += 1) {
      await expect(changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: `${wrongPassword}-${attempt}`, newPassword } })).rejects.toMatchObject({ field: 'currentPassword' });
    }
    const lockedOut = { code: 'locked', message: 'Too many attempts: try again in 15 minutes.' };
    await expect(changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: wrongPassword, newPassword } })).rejects.toMatchObject(lockedOut);
    await expect(changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: testPassword, newPassword } })).rejects.toMatchObject(lockedOut);
    await expect(verifyCredentials({ email: reviewer.email, password: testPassword })).rejects.toMatchObject({ code: 'locked' });
    expect(await accountState(reviewer.id)).toEqual(before);
    expect((await changeFailures(reviewer.id)).map((failure) => failure.reason)).toEqual([...Array(10).fill('wrong_password'), 'locked_out']);
  });

  test('sign-in failures and wrong current passwords share one count', async () => {
    const reviewer = await createTestUser();
    for (let attempt = 0; attempt < 9; attempt += 1) expect(await verifyCredentials({ email: reviewer.email, password: `${wrongPassword}-${attempt}` })).toBeNull();
    await expect(changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: wrongPassword, newPassword } })).rejects.toMatchObject({ code: 'locked' });
  });

  test('the right current password is not counted as a failure, even when the new one is refused', async () => {
    const reviewer = await createTestUser();
    for (let attempt = 0; attempt < 9; attempt += 1) expect(await verifyCredentials({ email: reviewer.email, password: `${wrongPassword}-${attempt}` })).toBeNull();
    await expect(changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: testPassword, newPassword: 'password1234' } })).rejects.toMatchObject({ field: 'newPassword' });
    await changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: testPassword, newPassword } });
    expect(await verifyCredentials({ email: reviewer.email, password: newPassword })).toMatchObject({ id: reviewer.id });
    expect(await changeFailures(reviewer.id)).toEqual([]);
  });
});
