import 'server-only';
import type { UserActor } from '@/lib/actor';
import { findActiveUser } from '@/lib/auth/find-active-user';
import { db } from '@/lib/db';
import { hashApiToken } from './api-token';

/** The token a request used, as noteApiTokenUse needs it after the request succeeded. */
export type ApiTokenUse = { id: string; lastUsedAt: Date | null };

/** The active account a personal API token belongs to, or null when the token is unknown, revoked, or its account deactivated. */
export async function authenticateApiToken(token: string): Promise<{ actor: UserActor; apiToken: ApiTokenUse } | null> {
  const apiToken = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!apiToken || apiToken.revokedAt) return null;
  const actor = await findActiveUser(apiToken.userId);
  return actor ? { actor, apiToken: { id: apiToken.id, lastUsedAt: apiToken.lastUsedAt } } : null;
}
