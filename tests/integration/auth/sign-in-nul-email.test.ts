import { expect, test } from 'vitest';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { db } from '@/lib/db';

test('an email holding a NUL character is refused as malformed and audited without it, not failed in the database', async () => {
  expect(await verifyCredentials({ email: 'editor\u0000@newsroom.test', password: 'anything' }, '192.0.2.7')).toBeNull();
  expect(await db.auditEvent.findFirstOrThrow({ orderBy: { sequence: 'desc' } })).toMatchObject({
    action: 'user.sign_in_failed',
    entityId: '(no email)',
    after: { email: '', address: '192.0.2.7', reason: 'malformed' },
  });
});
