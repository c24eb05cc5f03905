import { expect } from 'vitest';
import type { Actor } from '@/lib/actor';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { createUser } from '@/lib/users/create-user';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { resetPassword } from '@/lib/users/reset-password';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { setUserActive } from '@/lib/users/set-user-active';
import { setUserRole } from '@/lib/users/set-user-role';
import { createTestUser, testPassword, uniqueEmail } from '../factories';
import { auditCase, type AuditCase, type ExpectedEvent, type MutationName } from './case-kit';

type AccountAction = Extract<ExpectedEvent, { entityType: 'user' }>['action'];

/** An admin changes an account made for the case: its one event is about that account, by the admin. */
function adminChangesAccount(mutation: MutationName, behaviour: string, action: AccountAction, change: (admin: Actor, email: string) => Promise<unknown>) {
  return auditCase(mutation, behaviour, [action], async ({ record, people }) => {
    const [{ admin }, target] = await Promise.all([people(), createTestUser()]);
    await record(() => change(admin.actor, target.email));
    return [{ action, entityType: 'user', entityId: target.id, actorId: admin.id }];
  });
}

// Accounts, passwords and API tokens.
export const userCases: AuditCase[] = [
  auditCase('lib/users/create-user.ts#createUser', 'an admin makes an account', ['user.created'], async ({ record, people }) => {
    const { admin } = await people();
    const user = await record(() => createUser({ actor: admin.actor, input: { email: uniqueEmail('new'), name: 'New Colleague', role: 'reviewer', password: testPassword } }));
    return [{ action: 'user.created', entityType: 'user', entityId: user.id, actorId: admin.id }];
  }),
  adminChangesAccount('lib/users/set-user-role.ts#setUserRole', 'an admin makes a reviewer an editor', 'user.role_changed', (actor, email) => setUserRole({ actor, input: { email, role: 'editor' } })),
  adminChangesAccount('lib/users/set-user-active.ts#setUserActive', 'an admin deactivates an account', 'user.deactivated', (actor, email) => setUserActive({ actor, input: { email }, isActive: false })),
  auditCase('lib/users/set-user-active.ts#setUserActive', 'an admin reactivates an account', ['user.reactivated'], async ({ record, people }) => {
    const [{ admin }, target] = await Promise.all([people(), createTestUser()]);
    await setUserActive({ actor: admin.actor, input: { email: target.email }, isActive: false });
    await record(() => setUserActive({ actor: admin.actor, input: { email: target.email }, isActive: true }));
    return [{ action: 'user.reactivated', entityType: 'user', entityId: target.id, actorId: admin.id }];
  }),
  adminChangesAccount('lib/users/reset-password.ts#resetPassword', "an admin resets someone's password", 'user.password_reset', (actor, email) =>
    resetPassword({ actor, input: { email, password: 'another-correct-horse-battery' } }),
  ),
  auditCase('lib/api-tokens/issue-api-token.ts#issueApiToken', 'an admin issues a reviewer an API token', ['api_token.issued'], async ({ record, people }) => {
    const { admin, alice } = await people();
    const token = await record(() => issueApiToken({ actor: admin.actor, input: { email: alice.email, name: 'ci' } }));
    return [{ action: 'api_token.issued', entityType: 'api_token', entityId: token.id, actorId: admin.id }];
  }),
  auditCase('lib/api-tokens/revoke-api-token.ts#revokeApiToken', 'a reviewer revokes their own API token', ['api_token.revoked'], async ({ record, people }) => {
    const { alice } = await people();
    const token = await issueApiToken({ actor: alice.actor, input: { name: 'laptop' } });
    await record(() => revokeApiToken({ actor: alice.actor, input: { tokenId: token.id } }));
    return [{ action: 'api_token.revoked', entityType: 'api_token', entityId: token.id, actorId: alice.id }];
  }),
  auditCase('lib/users/change-own-password.ts#changeOwnPassword', 'a reviewer changes their own password', ['user.password_changed'], async ({ record }) => {
    // An account of its own: the shared ones keep their password for the sign-in cases.
    const reviewer = await createTestUser();
    await record(() => changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: testPassword, newPassword: 'quiet-lantern-over-marlow-bridge' } }));
    return [{ action: 'user.password_changed', entityType: 'user', entityId: reviewer.id, actorId: reviewer.id }];
  }),
  auditCase('lib/users/change-own-password.ts#changeOwnPassword', 'a reviewer gives a wrong current password', ['user.password_change_failed'], async ({ record }) => {
    const reviewer = await createTestUser();
    const attempt = () => changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: 'not-my-password', newPassword: 'quiet-lantern-over-marlow-bridge' } });
    await record(() => expect(attempt()).rejects.toMatchObject({ field: 'currentPassword' }));
    return [{ action: 'user.password_change_failed', entityType: 'user', entityId: reviewer.id, actorId: reviewer.id }];
  }),
];
