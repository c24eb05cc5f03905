import { test, expect } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/auth/password';

test('a password verifies against its own hash only', async () => {
  const hash = await hashPassword('a long enough passphrase');
  expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  expect(await verifyPassword('a long enough passphrase', hash)).toBe(true);
  expect(await verifyPassword('a long enough passphrasE', hash)).toBe(false);
  expect(await verifyPassword('a long enough passphrase', 'garbage')).toBe(false);
});

test('the same password hashes differently each time (salted)', async () => {
  expect(await hashPassword('same passphrase here')).not.toBe(await hashPassword('same passphrase here'));
});

test('generated passwords are 20 url-safe characters and differ', () => {
  const passwords = new Set(Array.from({ length: 50 }, generatePassword));
  expect(passwords.size).toBe(50);
  for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
});
