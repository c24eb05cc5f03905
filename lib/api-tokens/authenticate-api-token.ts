import 'server-only';
import type { UserActor } from '@/lib/actor';
import { actingUserSelect, activeActor } from '@/lib/auth/find-active-user';
import { db } from '@/lib/db';
import { hashApiToken } from './api-token';

/** The token a request used, as noteApiTokenUse needs it after the request succeeded. */
export type ApiTokenUse = { id: string; lastUsedAt: Date | null };

/** The active account a personal API token belongs to, or null when the token is unknown, revoked, or its account deactivated. */
export async function authenticateApiToken(token: string): Promise<{ actor: UserActor; apiToken: ApiTokenUse } | null> {
  // One round trip: the token and its account.
  const apiToken = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: actingUserSelect } },
    relationLoadStrategy: 'join',
  });
  if (!apiToken || apiToken.revokedAt) return null;
  const actor = activeActor(apiToken.user);
  return actor ? { actor, apiToken: { id: apiToken.id, lastUsedAt: apiToken.lastUsedAt } } : null;
}
