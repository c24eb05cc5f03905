import { expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { createUser } from '@/lib/users/create-user';
import { resetPassword } from '@/lib/users/reset-password';
import { createTestUser, uniqueEmail } from '../../support/factories';

async function counts() {
  return { users: await db.user.count(), events: await db.auditEvent.count() };
}

test.each([
  ['too short', 'k7Hq2pW9', /at least 12 characters/],
  ['a common password', 'password1234', /too easy to guess \(it is close to a commonly used password\)/],
  ['a keyboard walk', 'qwertyuiop123', /too easy to guess/],
  ['a sequence', 'abcdefghijklm', /too easy to guess/],
  ['too long', 'x'.repeat(257), /at most 256 characters/],
])('an account cannot be made with a password that is %s, and nothing is written', async (_, password, message) => {
  const before = await counts();
  await expect(createUser({ actor: cliActor, input: { email: uniqueEmail(), name: 'Weak', role: 'reviewer', password } })).rejects.toMatchObject({
    code: 'invalid',
    field: 'password',
    message: expect.stringMatching(message),
  });
  expect(await counts()).toEqual(before);
});

test('a password made of the account’s own name and email is refused', async () => {
  const email = uniqueEmail('harriet.okafor');
  await expect(
    createUser({ actor: cliActor, input: { email, name: 'Harriet Okafor', role: 'reviewer', password: 'harrietokafor2023' } }),
  ).rejects.toMatchObject({ field: 'password' });
});

test('a reset to a common password is refused and the old password stays', async () => {
  const user = await createTestUser();
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  await expect(resetPassword({ actor: cliActor, input: { email: user.email, password: 'iloveyou2023!' } })).rejects.toMatchObject({ field: 'password' });
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(passwordHash);
});
