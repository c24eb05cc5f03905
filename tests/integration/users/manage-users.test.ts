import { describe, test, expect } from 'vitest';
import { cliActor } from '@/lib/actor';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { db } from '@/lib/db';
import { scryptCostN } from '@/lib/env';
import { createUser } from '@/lib/users/create-user';
import { resetPassword } from '@/lib/users/reset-password';
import { setUserActive } from '@/lib/users/set-user-active';
import { setUserRole } from '@/lib/users/set-user-role';
import { createTestUser, testPassword, uniqueEmail } from '../../support/factories';

describe('creating accounts', () => {
  test('stores a lower-cased email, a scrypt hash (never the password) and an audit event', async () => {
    const email = uniqueEmail('Editor').toUpperCase();
    const user = await createUser({ actor: cliActor, input: { email, name: 'Eda Editor', role: 'editor', password: testPassword } });

    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.email).toBe(email.toLowerCase());
    expect(stored.passwordHash.startsWith(`scrypt$${scryptCostN()}$8$1$`)).toBe(true);
    expect(stored.passwordHash).not.toContain(testPassword);
    const events = await db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(events).toMatchObject([{ action: 'user.created', entityType: 'user', actorId: null, requestId: 'cli', after: { email: stored.email, role: 'editor', isActive: true } }]);
  });

  test.each([
    [{ email: 'not-an-email', name: 'X', role: 'reviewer', password: testPassword }, 'email'],
    [{ email: uniqueEmail(), name: 'X', role: 'boss', password: testPassword }, 'role'],
    [{ email: uniqueEmail(), name: '  ', role: 'reviewer', password: testPassword }, 'name'],
    [{ email: uniqueEmail(), name: 'X', role: 'reviewer', password: 'short' }, 'password'],
  ])('refuses bad input %#, naming the field, and creates nothing', async (input, field) => {
    const before = await db.user.count();
    await expect(createUser({ actor: cliActor, input })).rejects.toMatchObject({ code: 'invalid', field });
    expect(await db.user.count()).toBe(before);
  });

  test('refuses a second account with the same email as a conflict on the email field', async () => {
    const { email } = await createTestUser();
    await expect(
      createUser({ actor: cliActor, input: { email: email.toUpperCase(), name: 'Twin', role: 'reviewer', password: testPassword } }),
    ).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  test('only admins may create accounts: an editor is refused and nothing is written', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const auditBefore = await db.auditEvent.count();
    await expect(
      createUser({ actor: editor.actor, input: { email: uniqueEmail(), name: 'Sneaky', role: 'admin', password: testPassword } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });
});

describe('changing accounts', () => {
  test('set-role changes the role and records before and after', async () => {
    const user = await createTestUser();
    await setUserRole({ actor: cliActor, input: { email: user.email, role: 'editor' } });
    expect((await verifyCredentials({ email: user.email, password: testPassword }))?.role).toBe('editor');
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: 'user.role_changed' } });
    expect(event.before).toMatchObject({ role: 'reviewer' });
    expect(event.after).toMatchObject({ role: 'editor' });
  });

  test('a deactivated account cannot sign in until it is reactivated', async () => {
    const user = await createTestUser();
    await setUserActive({ actor: cliActor, input: { email: user.email }, isActive: false });
    expect(await verifyCredentials({ email: user.email, password: testPassword })).toBeNull();
    await setUserActive({ actor: cliActor, input: { email: user.email }, isActive: true });
    expect(await verifyCredentials({ email: user.email, password: testPassword })).not.toBeNull();
    const actions = await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { sequence: 'asc' }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(['user.created', 'user.deactivated', 'user.sign_in_failed', 'user.reactivated', 'user.signed_in']);
  });

  test('reset-password replaces the password: the old one stops working', async () => {
    const user = await createTestUser();
    await resetPassword({ actor: cliActor, input: { email: user.email, password: 'a-brand-new-passphrase' } });
    expect(await verifyCredentials({ email: user.email, password: testPassword })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: 'a-brand-new-passphrase' })).not.toBeNull();
  });

  test('changing an unknown account answers not found on the email field', async () => {
    await expect(setUserRole({ actor: cliActor, input: { email: uniqueEmail('ghost'), role: 'admin' } })).rejects.toMatchObject({
      code: 'not_found',
      field: 'email',
    });
  });
});
