import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { resolveSessionSecret } from '@/lib/auth/session-secret';

afterEach(() => vi.unstubAllEnvs());

function withoutSecrets() {
  vi.stubEnv('AUTH_SECRET', '');
  vi.stubEnv('NEXTAUTH_SECRET', '');
}

test('on your own PostgreSQL the server refuses to start without AUTH_SECRET, saying how to make one', () => {
  withoutSecrets();
  expect(() => resolveSessionSecret({ embeddedDataDir: null })).toThrow(/AUTH_SECRET is not set[\s\S]*randomBytes\(32\)/);
});

test('a short secret is refused', () => {
  vi.stubEnv('AUTH_SECRET', 'too-short');
  expect(() => resolveSessionSecret({ embeddedDataDir: null })).toThrow(/at least 32 characters/);
});

test('AUTH_SECRET or NEXTAUTH_SECRET is used as given', () => {
  withoutSecrets();
  vi.stubEnv('NEXTAUTH_SECRET', 'n'.repeat(40));
  expect(resolveSessionSecret({ embeddedDataDir: null })).toBe('n'.repeat(40));
  vi.stubEnv('AUTH_SECRET', 'a'.repeat(40));
  expect(resolveSessionSecret({ embeddedDataDir: null })).toBe('a'.repeat(40));
});

test('the embedded quick start makes one once, keeps it readable by its owner only, and reuses it', () => {
  withoutSecrets();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'factcheck-secret-'));
  const first = resolveSessionSecret({ embeddedDataDir: dataDir });
  expect(first.length).toBeGreaterThanOrEqual(32);
  expect(resolveSessionSecret({ embeddedDataDir: dataDir })).toBe(first);
  const file = path.join(dataDir, 'auth-secret');
  expect(readFileSync(file, 'utf8').trim()).toBe(first);
  expect(statSync(file).mode & 0o777).toBe(0o600);
});
