import { describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { setUserActive } from '@/lib/users/set-user-active';
import { setUserRole } from '@/lib/users/set-user-role';
import { createTestUser } from '../../support/factories';

// The tests of this file share one database: each makes its admins, then sets aside the others.
async function onlyActiveAdmins(...ids: string[]) {
  await db.user.updateMany({ where: { role: 'admin', id: { notIn: ids } }, data: { isActive: false } });
}

async function accountsAndEvents() {
  const [users, auditEvents] = await Promise.all([db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, role: true, isActive: true } }), db.auditEvent.count()]);
  return { users, auditEvents };
}

async function activeAdminCount() {
  return db.user.count({ where: { role: 'admin', isActive: true } });
}

describe('an admin cannot lock themself out', () => {
  test('changing their own role is a conflict on the role field, and nothing changes', async () => {
    const [admin] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser({ role: 'admin' })]);
    const before = await accountsAndEvents();
    await expect(setUserRole({ actor: admin.actor, input: { userId: admin.id, role: 'editor' } })).rejects.toMatchObject({
      code: 'conflict',
      field: 'role',
      message: expect.stringContaining('your own role'),
    });
    expect(await accountsAndEvents()).toEqual(before);
  });

  test('deactivating their own account is a conflict on the field that named it, and nothing changes', async () => {
    const [admin] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser({ role: 'admin' })]);
    const before = await accountsAndEvents();
    await expect(setUserActive({ actor: admin.actor, input: { userId: admin.id }, isActive: false })).rejects.toMatchObject({ code: 'conflict', field: 'userId' });
    await expect(setUserActive({ actor: admin.actor, input: { email: admin.email }, isActive: false })).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    expect(await accountsAndEvents()).toEqual(before);
  });
});

describe('there is always an active admin', () => {
  test('the last active admin cannot be demoted or deactivated, even from the command line', async () => {
    const admin = await createTestUser({ role: 'admin' });
    await onlyActiveAdmins(admin.id);
    const before = await accountsAndEvents();

    await expect(setUserRole({ actor: cliActor, input: { email: admin.email, role: 'reviewer' } })).rejects.toMatchObject({
      code: 'conflict',
      field: 'role',
      message: expect.stringContaining('last active admin'),
    });
    await expect(setUserActive({ actor: cliActor, input: { email: admin.email }, isActive: false })).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    expect(await accountsAndEvents()).toEqual(before);
  });

  test('a deactivated admin does not count; once another admin is active, the first can be demoted', async () => {
    const [admin, other] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser({ role: 'admin' })]);
    await onlyActiveAdmins(admin.id, other.id);
    await setUserActive({ actor: admin.actor, input: { userId: other.id }, isActive: false });
    await expect(setUserRole({ actor: cliActor, input: { userId: admin.id, role: 'editor' } })).rejects.toMatchObject({ code: 'conflict', field: 'role' });

    await setUserActive({ actor: admin.actor, input: { userId: other.id }, isActive: true });
    expect(await setUserRole({ actor: other.actor, input: { userId: admin.id, role: 'editor' } })).toMatchObject({ role: 'editor' });
    expect(await activeAdminCount()).toBe(1);
  });

  test('an editor or reviewer is demoted or deactivated freely while one admin remains', async () => {
    const [admin, editor] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser({ role: 'editor' })]);
    await onlyActiveAdmins(admin.id);
    expect(await setUserRole({ actor: admin.actor, input: { userId: editor.id, role: 'reviewer' } })).toMatchObject({ role: 'reviewer' });
    expect(await setUserActive({ actor: admin.actor, input: { userId: editor.id }, isActive: false })).toMatchObject({ isActive: false });
  });

  test.each([
    ['demote', (actor: Awaited<ReturnType<typeof createTestUser>>, target: string) => setUserRole({ actor: actor.actor, input: { userId: target, role: 'reviewer' } })],
    ['deactivate', (actor: Awaited<ReturnType<typeof createTestUser>>, target: string) => setUserActive({ actor: actor.actor, input: { userId: target }, isActive: false })],
  ])('two last admins who %s each other at the same moment: one wins, the other is refused', async (_change, change) => {
    const [first, second] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser({ role: 'admin' })]);
    await onlyActiveAdmins(first.id, second.id);

    const outcomes = await Promise.allSettled([change(first, second.id), change(second, first.id)]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refusal?.reason).toMatchObject({ code: 'conflict' });
    expect(await activeAdminCount()).toBe(1);
  });
});
