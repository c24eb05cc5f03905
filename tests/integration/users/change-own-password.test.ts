import { describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/auth/actor';
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
