import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { UserActor } from '@/lib/actor';
import { hashApiToken } from './api-token';
import { findActiveUser } from './find-active-user';
import { getActor } from './get-actor';

const bearerPattern = /^Bearer\s+(\S+)$/i;

// Requests whose token was already marked used within the minute, so noteApiTokenUse can skip
// its write. Keyed by the request object: nothing outlives the request.
const usedWithinMinute = new WeakSet<Request>();

async function actorForApiToken(request: Request, token: string): Promise<UserActor | null> {
  const apiToken = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!apiToken || apiToken.revokedAt) return null;
  if (apiToken.lastUsedAt && Date.now() - apiToken.lastUsedAt.getTime() < 60_000) usedWithinMinute.add(request);
  return findActiveUser(apiToken.userId);
}

/** Whether this request's token was marked used less than a minute before it arrived. */
export function tokenUsedWithinMinute(request: Request): boolean {
  return usedWithinMinute.has(request);
}

/** The token in `Authorization: Bearer <token>`, if that is what the header holds. */
export function bearerToken(request: Request): string | null {
  return bearerPattern.exec(request.headers.get('authorization') ?? '')?.[1] ?? null;
}

/**
 * The caller of an API route: a personal API token (`Authorization: Bearer`) or a browser session.
 * Throws `unauthorized` when there is neither, or when the token or account is no longer valid.
 */
export async function authenticateRequest(request: Request): Promise<UserActor> {
  if (request.headers.get('authorization')) {
    const token = bearerToken(request);
    const actor = token ? await actorForApiToken(request, token) : null;
    if (!actor) throw new AppError('unauthorized', 'The API token is invalid, revoked, or belongs to a deactivated account');
    return actor;
  }
  const actor = await getActor();
  if (!actor) throw new AppError('unauthorized', 'Sign in or send an API token (Authorization: Bearer <token>)');
  return actor;
}
