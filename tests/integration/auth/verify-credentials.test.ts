import { test, expect } from 'vitest';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { createTestUser, testPassword, uniqueEmail } from '../../support/factories';

test('signs in with the right email and password, whatever the email case', async () => {
  const user = await createTestUser({ role: 'editor' });
  const actor = await verifyCredentials({ email: user.email.toUpperCase(), password: testPassword });
  expect(actor).toEqual({ kind: 'user', id: user.id, email: user.email, name: user.name, role: 'editor' });
});

test('refuses a wrong password, an unknown email and malformed input alike', async () => {
  const user = await createTestUser();
  expect(await verifyCredentials({ email: user.email, password: `${testPassword}!` })).toBeNull();
  expect(await verifyCredentials({ email: uniqueEmail('nobody'), password: testPassword })).toBeNull();
  expect(await verifyCredentials({ email: user.email })).toBeNull();
  expect(await verifyCredentials(null)).toBeNull();
});
