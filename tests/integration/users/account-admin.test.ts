import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { db } from '@/lib/db';
import { createUser } from '@/lib/users/create-user';
import { getUserAccount } from '@/lib/users/get-user-account';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { listUsers } from '@/lib/users/list-users';
import { resetPassword } from '@/lib/users/reset-password';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { setUserActive } from '@/lib/users/set-user-active';
import { setUserRole } from '@/lib/users/set-user-role';
import { createTestUser, testPassword, uniqueEmail } from '../../support/factories';

async function databaseState() {
  const [users, auditEvents, tokens] = await Promise.all([
    db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, role: true, isActive: true, passwordHash: true, sessionsValidFrom: true } }),
    db.auditEvent.count(),
    db.apiToken.count(),
  ]);
  return { users, auditEvents, tokens };
}

describe('listing accounts', () => {
  test('an admin sees every account with its role, status and count of tokens that still work', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const reviewer = await createTestUser();
    const kept = await issueApiToken({ actor: admin.actor, input: { userId: reviewer.id, name: 'kept' } });
    const revoked = await issueApiToken({ actor: admin.actor, input: { userId: reviewer.id, name: 'revoked' } });
    await revokeApiToken({ actor: admin.actor, input: { tokenId: revoked.id } });
    await setUserActive({ actor: admin.actor, input: { userId: reviewer.id }, isActive: false });

    const { items } = await listUsers({ actor: admin.actor });

    const row = items.find((item) => item.id === reviewer.id);
    expect(row).toEqual({ id: reviewer.id, email: reviewer.email, name: 'Test reviewer', role: 'reviewer', isActive: false, createdAt: expect.any(Date), activeApiTokens: 1 });
    expect(items.find((item) => item.id === admin.id)).toMatchObject({ role: 'admin', isActive: true, activeApiTokens: 0 });
    expect(JSON.stringify(items)).not.toMatch(/passwordHash|tokenHash|scrypt/);
    expect(kept.id).not.toBe(revoked.id);
  });

  test.each(['editor', 'reviewer'] as const)('a %s cannot list accounts', async (role) => {
    const user = await createTestUser({ role });
    await expect(listUsers({ actor: user.actor })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('one account', () => {
  test('an admin sees the account and all its tokens, newest first, without their hashes', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const editor = await createTestUser({ role: 'editor' });
    const first = await issueApiToken({ actor: editor.actor, input: { name: 'first' } });
    const second = await issueApiToken({ actor: editor.actor, input: { name: 'second' } });
    await revokeApiToken({ actor: editor.actor, input: { tokenId: first.id } });

    const account = await getUserAccount({ actor: admin.actor, input: { userId: editor.id } });

    expect(account).toMatchObject({ id: editor.id, email: editor.email, role: 'editor', isActive: true, createdAt: expect.any(Date) });
    const { items: tokens } = await listApiTokens({ actor: admin.actor, input: { userId: editor.id } });
    expect(tokens).toEqual([
      { id: second.id, name: 'second', prefix: second.prefix, createdAt: expect.any(Date), lastUsedAt: null, revokedAt: null },
      { id: first.id, name: 'first', prefix: first.prefix, createdAt: expect.any(Date), lastUsedAt: null, revokedAt: expect.any(Date) },
    ]);
    expect(Object.keys(account)).not.toContain('passwordHash');
  });

  test('an unknown id is not found and a malformed one is invalid, both naming userId', async () => {
    const admin = await createTestUser({ role: 'admin' });
    await expect(getUserAccount({ actor: admin.actor, input: { userId: randomUUID() } })).rejects.toMatchObject({ code: 'not_found', field: 'userId' });
    await expect(getUserAccount({ actor: admin.actor, input: { userId: 'not-an-id' } })).rejects.toMatchObject({ code: 'invalid', field: 'userId' });
  });

  test('an editor cannot read another account', async () => {
    const [editor, reviewer] = await Promise.all([createTestUser({ role: 'editor' }), createTestUser()]);
    await expect(getUserAccount({ actor: editor.actor, input: { userId: reviewer.id } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('inviting: an account made without a password', () => {
  test('gets a generated password, returned once, that signs in; a typed password is never returned', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const email = uniqueEmail('invited');
    const invited = await createUser({ actor: admin.actor, input: { email, name: 'Ines Invited', role: 'editor', password: '' } });

    expect(invited.generatedPassword).toMatch(/^[\w-]{20}$/);
    expect(await verifyCredentials({ email, password: invited.generatedPassword })).toMatchObject({ id: invited.id, role: 'editor' });
    const stored = await db.user.findUniqueOrThrow({ where: { id: invited.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).not.toContain(invited.generatedPassword);

    const typed = await createUser({ actor: admin.actor, input: { email: uniqueEmail('typed'), name: 'Tom Typed', role: 'reviewer', password: testPassword } });
    expect(typed.generatedPassword).toBeNull();
  });
});

describe('changing accounts by id', () => {
  test('an admin changes a role, deactivates and reactivates by userId, each audited', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const user = await createTestUser();
    expect(await setUserRole({ actor: admin.actor, input: { userId: user.id, role: 'editor' } })).toMatchObject({ role: 'editor' });
    expect(await setUserActive({ actor: admin.actor, input: { userId: user.id }, isActive: false })).toMatchObject({ isActive: false });
    expect(await setUserActive({ actor: admin.actor, input: { userId: user.id }, isActive: true })).toMatchObject({ isActive: true });
    const events = await db.auditEvent.findMany({ where: { entityId: user.id, actorId: admin.id }, orderBy: { sequence: 'asc' }, select: { action: true } });
    expect(events.map((event) => event.action)).toEqual(['user.role_changed', 'user.deactivated', 'user.reactivated']);
  });

  test.each([
    ['a malformed userId', () => ({ userId: 'nope', role: 'editor' }), 'userId'],
    ['no account named', () => ({ role: 'editor' }), 'userId'],
    ['an unknown role', (userId: string) => ({ userId, role: 'owner' }), 'role'],
  ])('refuses %s as invalid, naming the field, and changes nothing', async (_case, inputFor, field) => {
    const admin = await createTestUser({ role: 'admin' });
    const user = await createTestUser();
    const before = await databaseState();
    await expect(setUserRole({ actor: admin.actor, input: inputFor(user.id) })).rejects.toMatchObject({ code: 'invalid', field });
    expect(await databaseState()).toEqual(before);
  });

  test('an unknown userId is not found', async () => {
    const admin = await createTestUser({ role: 'admin' });
    await expect(setUserActive({ actor: admin.actor, input: { userId: randomUUID() }, isActive: false })).rejects.toMatchObject({ code: 'not_found', field: 'userId' });
  });

  test.each(['editor', 'reviewer'] as const)('a %s cannot change, deactivate or reset anyone, and nothing changes', async (role) => {
    const [actor, target] = await Promise.all([createTestUser({ role }), createTestUser()]);
    const before = await databaseState();
    await expect(setUserRole({ actor: actor.actor, input: { userId: target.id, role: 'admin' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setUserActive({ actor: actor.actor, input: { userId: target.id }, isActive: false })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(resetPassword({ actor: actor.actor, input: { userId: target.id } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createUser({ actor: actor.actor, input: { email: uniqueEmail(), name: 'Sneaky', role: 'admin' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await databaseState()).toEqual(before);
  });
});

describe('resetting a password', () => {
  test('without a password, generates one shown once; the old one and open sessions stop working', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const user = await createTestUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionsValidFrom: true } });

    const { generatedPassword } = await resetPassword({ actor: admin.actor, input: { userId: user.id, password: '' } });

    expect(generatedPassword).toMatch(/^[\w-]{20}$/);
    expect(await verifyCredentials({ email: user.email, password: testPassword })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: generatedPassword })).toMatchObject({ id: user.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionsValidFrom: true } });
    expect(after.sessionsValidFrom.getTime()).toBeGreaterThan(before.sessionsValidFrom.getTime());
  });

  test('with a typed password, sets it and returns no password', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const user = await createTestUser();
    const result = await resetPassword({ actor: admin.actor, input: { userId: user.id, password: 'amber-kettle-under-stairs' } });
    expect(result.generatedPassword).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: 'amber-kettle-under-stairs' })).toMatchObject({ id: user.id });
  });

  test.each([
    ['too short', () => 'short'],
    ['too easy to guess', () => 'password1234'],
  ])('refuses a password %s as invalid on the password field, and changes nothing', async (_case, passwordFor) => {
    const admin = await createTestUser({ role: 'admin' });
    const user = await createTestUser();
    const before = await databaseState();
    await expect(resetPassword({ actor: admin.actor, input: { userId: user.id, password: passwordFor() } })).rejects.toMatchObject({ code: 'invalid', field: 'password' });
    expect(await databaseState()).toEqual(before);
  });

  test('the command line still resets by email', async () => {
    const user = await createTestUser();
    const { generatedPassword } = await resetPassword({ actor: cliActor, input: { email: user.email } });
    expect(await verifyCredentials({ email: user.email, password: generatedPassword })).toMatchObject({ id: user.id });
  });
});
