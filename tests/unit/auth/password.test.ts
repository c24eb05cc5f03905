import { randomBytes, scryptSync } from 'node:crypto';
import { test, expect } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/auth/password';
import { scryptCostN } from '@/lib/env';

test('a password verifies against its own hash only', async () => {
  const hash = await hashPassword('a long enough passphrase');
  expect(hash).toMatch(new RegExp(`^scrypt\\$${scryptCostN()}\\$8\\$1\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$`));
  expect(await verifyPassword('a long enough passphrase', hash)).toBe(true);
  expect(await verifyPassword('a long enough passphrasE', hash)).toBe(false);
  expect(await verifyPassword('a long enough passphrase', 'garbage')).toBe(false);
});

test('the same password hashes differently each time (salted)', async () => {
  expect(await hashPassword('same passphrase here')).not.toBe(await hashPassword('same passphrase here'));
});

test('a hash made at another cost verifies with the cost it records', async () => {
  const salt = randomBytes(16);
  const key = scryptSync('a long enough passphrase', salt, 32, { N: 2 ** 11, r: 8, p: 1 });
  const hash = ['scrypt', 2 ** 11, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
  expect(await verifyPassword('a long enough passphrase', hash)).toBe(true);
});

test('the scrypt cost defaults to OWASP 2^17 and goes below it only in test runs', () => {
  expect(scryptCostN({ NODE_ENV: 'production' })).toBe(2 ** 17);
  expect(scryptCostN({ NODE_ENV: 'production', SCRYPT_LOG2_N: '18' })).toBe(2 ** 18);
  expect(() => scryptCostN({ NODE_ENV: 'production', SCRYPT_LOG2_N: '12' })).toThrow(/SCRYPT_LOG2_N must be at least 17/);
  expect(scryptCostN({ NODE_ENV: 'production', SCRYPT_LOG2_N: '12', FACTCHECK_TEST_RUN: '1' })).toBe(2 ** 12);
  expect(scryptCostN({ NODE_ENV: 'test', SCRYPT_LOG2_N: '12' })).toBe(2 ** 12);
});

test('generated passwords are 20 url-safe characters and differ', () => {
  const passwords = new Set(Array.from({ length: 50 }, generatePassword));
  expect(passwords.size).toBe(50);
  for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
});
