import { expect } from 'vitest';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { createUser } from '@/lib/users/create-user';
import { issueApiToken } from '@/lib/users/issue-api-token';
import { resetPassword } from '@/lib/users/reset-password';
import { revokeApiToken } from '@/lib/users/revoke-api-token';
import { setUserActive } from '@/lib/users/set-user-active';
import { setUserRole } from '@/lib/users/set-user-role';
import { createTestUser, testPassword, uniqueEmail } from '../factories';
import { people, type AuditCase } from './case-kit';

// Accounts, passwords and API tokens.
export const userCases: AuditCase[] = [
  {
    mutation: 'lib/users/create-user.ts#createUser',
    behaviour: 'an admin makes an account',
    actions: ['user.created'],
    run: async (record) => {
      const { admin } = await people();
      const user = await record(() => createUser({ actor: admin.actor, input: { email: uniqueEmail('new'), name: 'New Colleague', role: 'reviewer', password: testPassword } }));
      return [{ action: 'user.created', entityType: 'user', entityId: user.id, actorId: admin.id }];
    },
  },
  {
    mutation: 'lib/users/set-user-role.ts#setUserRole',
    behaviour: 'an admin makes a reviewer an editor',
    actions: ['user.role_changed'],
    run: async (record) => {
      const [{ admin }, target] = await Promise.all([people(), createTestUser()]);
      await record(() => setUserRole({ actor: admin.actor, input: { email: target.email, role: 'editor' } }));
      return [{ action: 'user.role_changed', entityType: 'user', entityId: target.id, actorId: admin.id }];
    },
  },
  {
    mutation: 'lib/users/set-user-active.ts#setUserActive',
    behaviour: 'an admin deactivates an account',
    actions: ['user.deactivated'],
    run: async (record) => {
      const [{ admin }, target] = await Promise.all([people(), createTestUser()]);
      await record(() => setUserActive({ actor: admin.actor, input: { email: target.email }, isActive: false }));
      return [{ action: 'user.deactivated', entityType: 'user', entityId: target.id, actorId: admin.id }];
    },
  },
  {
    mutation: 'lib/users/set-user-active.ts#setUserActive',
    behaviour: 'an admin reactivates an account',
    actions: ['user.reactivated'],
    run: async (record) => {
      const [{ admin }, target] = await Promise.all([people(), createTestUser()]);
      await setUserActive({ actor: admin.actor, input: { email: target.email }, isActive: false });
      await record(() => setUserActive({ actor: admin.actor, input: { email: target.email }, isActive: true }));
      return [{ action: 'user.reactivated', entityType: 'user', entityId: target.id, actorId: admin.id }];
    },
  },
  {
    mutation: 'lib/users/reset-password.ts#resetPassword',
    behaviour: "an admin resets someone's password",
    actions: ['user.password_reset'],
    run: async (record) => {
      const [{ admin }, target] = await Promise.all([people(), createTestUser()]);
      await record(() => resetPassword({ actor: admin.actor, input: { email: target.email, password: 'another-correct-horse-battery' } }));
      return [{ action: 'user.password_reset', entityType: 'user', entityId: target.id, actorId: admin.id }];
    },
  },
  {
    mutation: 'lib/users/issue-api-token.ts#issueApiToken',
    behaviour: 'an admin issues a reviewer an API token',
    actions: ['api_token.issued'],
    run: async (record) => {
      const { admin, alice } = await people();
      const token = await record(() => issueApiToken({ actor: admin.actor, input: { email: alice.email, name: 'ci' } }));
      return [{ action: 'api_token.issued', entityType: 'api_token', entityId: token.id, actorId: admin.id }];
    },
  },
  {
    mutation: 'lib/users/revoke-api-token.ts#revokeApiToken',
    behaviour: 'a reviewer revokes their own API token',
    actions: ['api_token.revoked'],
    run: async (record) => {
      const { alice } = await people();
      const token = await issueApiToken({ actor: alice.actor, input: { name: 'laptop' } });
      await record(() => revokeApiToken({ actor: alice.actor, input: { tokenId: token.id } }));
      return [{ action: 'api_token.revoked', entityType: 'api_token', entityId: token.id, actorId: alice.id }];
    },
  },
  {
    mutation: 'lib/users/change-own-password.ts#changeOwnPassword',
    behaviour: 'a reviewer changes their own password',
    actions: ['user.password_changed'],
    run: async (record) => {
      // An account of its own: the shared ones keep their password for the sign-in cases.
      const reviewer = await createTestUser();
      await record(() => changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: testPassword, newPassword: 'quiet-lantern-over-marlow-bridge' } }));
      return [{ action: 'user.password_changed', entityType: 'user', entityId: reviewer.id, actorId: reviewer.id }];
    },
  },
  {
    mutation: 'lib/users/change-own-password.ts#changeOwnPassword',
    behaviour: 'a reviewer gives a wrong current password',
    actions: ['user.password_change_failed'],
    run: async (record) => {
      const reviewer = await createTestUser();
      const attempt = () => changeOwnPassword({ actor: reviewer.actor, input: { currentPassword: 'not-my-password', newPassword: 'quiet-lantern-over-marlow-bridge' } });
      await record(() => expect(attempt()).rejects.toMatchObject({ field: 'currentPassword' }));
      return [{ action: 'user.password_change_failed', entityType: 'user', entityId: reviewer.id, actorId: reviewer.id }];
    },
  },
];
