import 'server-only';
import { db } from '@/lib/db';
import { hashApiToken } from './api-token';
import { bearerToken, tokenUsedWithinMinute } from './authenticate-request';

/**
 * Keeps a token's "last used" (shown where tokens are listed) to the minute, after a request it
 * made succeeded: a refused or invalid request changes nothing. At most one write a minute per token.
 */
export async function noteApiTokenUse(request: Request): Promise<void> {
  const token = bearerToken(request);
  if (!token || tokenUsedWithinMinute(request)) return;
  await db.$executeRaw`
    UPDATE api_tokens SET last_used_at = now()
    WHERE token_hash = ${hashApiToken(token)} AND revoked_at IS NULL
      AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`;
}
