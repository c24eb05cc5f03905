import { createHash, randomBytes } from 'node:crypto';

const tokenPrefix = 'fct_';

/** A new personal API token: the secret is shown once, only its SHA-256 is stored. */
export function generateApiToken() {
  const token = tokenPrefix + randomBytes(32).toString('base64url');
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, tokenPrefix.length + 6) };
}

// Tokens carry 256 random bits, so a fast hash is enough (unlike passwords).
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
