import 'server-only';
import { db } from '@/lib/db';
import type { ApiTokenUse } from './authenticate-api-token';

const minuteMs = 60_000;

/**
 * Keeps a token's "last used" (shown where tokens are listed) to the minute, after a request it
 * made succeeded: a refused or invalid request changes nothing. At most one write a minute per
 * token: a token already marked within the minute before the request costs no statement at all.
 */
export async function noteApiTokenUse(apiToken: ApiTokenUse): Promise<void> {
  if (apiToken.lastUsedAt && Date.now() - apiToken.lastUsedAt.getTime() < minuteMs) return;
  await db.$executeRaw`
    UPDATE api_tokens SET last_used_at = now()
    WHERE id = ${apiToken.id}::uuid AND revoked_at IS NULL
      AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`;
}
