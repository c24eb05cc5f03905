import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configuredSessionSecret, makeSecretCommand } from '@/lib/env';

/**
 * The key that signs session cookies. A server on your own PostgreSQL must be given one, so every
 * process behind a load balancer signs alike and the key lives with your other secrets. The
 * embedded quick start makes one on first start and keeps it beside its data (readable by this
 * user only), so a restart signs no one out.
 */
export function resolveSessionSecret({ embeddedDataDir }: { embeddedDataDir: string | null }): string {
  const configured = configuredSessionSecret();
  if (configured) return configured;
  if (!embeddedDataDir) {
    throw new Error(
      'AUTH_SECRET is not set. A server on your own PostgreSQL (DATABASE_URL) needs a session-signing secret of at least ' +
        `32 characters, the same for every server process. Make one with:\n  ${makeSecretCommand}\n` +
        'and start the server with AUTH_SECRET=<that value> (or put it in .env).',
    );
  }
  const file = path.join(embeddedDataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(embeddedDataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}
