import { endUserSession } from '@/lib/auth/end-user-session';
import { startUserSession } from '@/lib/auth/start-user-session';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { runTransaction } from '@/lib/database/run-transaction';
import { testPassword } from '../factories';
import { people, type AuditCase } from './case-kit';

// Signing in and out.
export const authCases: AuditCase[] = [
  {
    mutation: 'lib/auth/verify-credentials.ts#verifyCredentials',
    behaviour: 'a reviewer signs in',
    actions: ['user.signed_in'],
    run: async (record) => {
      const { alice } = await people();
      await record(() => verifyCredentials({ email: alice.email, password: testPassword }));
      return [{ action: 'user.signed_in', entityType: 'user', entityId: alice.id, actorId: alice.id }];
    },
  },
  {
    mutation: 'lib/auth/verify-credentials.ts#verifyCredentials',
    behaviour: 'a sign-in with the wrong password fails',
    actions: ['user.sign_in_failed'],
    run: async (record) => {
      const { alice } = await people();
      await record(() => verifyCredentials({ email: alice.email, password: 'not-her-password' }));
      return [{ action: 'user.sign_in_failed', entityType: 'user', entityId: alice.id, actorId: null }];
    },
  },
  {
    mutation: 'lib/auth/end-user-session.ts#endUserSession',
    behaviour: 'a reviewer signs out',
    actions: ['user.signed_out'],
    run: async (record) => {
      const { alice } = await people();
      const sessionId = await runTransaction((tx) => startUserSession(tx, alice.id));
      await record(() => endUserSession({ sub: alice.id, sid: sessionId }));
      return [{ action: 'user.signed_out', entityType: 'user', entityId: alice.id, actorId: alice.id }];
    },
  },
];
