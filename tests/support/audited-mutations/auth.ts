import { endUserSession } from '@/lib/auth/end-user-session';
import { startUserSession } from '@/lib/auth/start-user-session';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { runTransaction } from '@/lib/database/run-transaction';
import { testPassword } from '../factories';
import { auditCase, type AuditCase } from './case-kit';

// Signing in and out.
export const authCases: AuditCase[] = [
  auditCase('lib/auth/verify-credentials.ts#verifyCredentials', 'a reviewer signs in', ['user.signed_in'], async ({ record, people }) => {
    const { alice } = await people();
    await record(() => verifyCredentials({ email: alice.email, password: testPassword }));
    return [{ action: 'user.signed_in', entityType: 'user', entityId: alice.id, actorId: alice.id }];
  }),
  auditCase('lib/auth/verify-credentials.ts#verifyCredentials', 'a sign-in with the wrong password fails', ['user.sign_in_failed'], async ({ record, people }) => {
    const { alice } = await people();
    await record(() => verifyCredentials({ email: alice.email, password: 'not-her-password' }));
    return [{ action: 'user.sign_in_failed', entityType: 'user', entityId: alice.id, actorId: null }];
  }),
  auditCase('lib/auth/end-user-session.ts#endUserSession', 'a reviewer signs out', ['user.signed_out'], async ({ record, people }) => {
    const { alice } = await people();
    const sessionId = await runTransaction((tx) => startUserSession(tx, alice.id));
    await record(() => endUserSession({ sub: alice.id, sid: sessionId }));
    return [{ action: 'user.signed_out', entityType: 'user', entityId: alice.id, actorId: alice.id }];
  }),
];
