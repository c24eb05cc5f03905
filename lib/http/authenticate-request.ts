import 'server-only';
import type { UserActor } from '@/lib/actor';
import { authenticateApiToken, type ApiTokenUse } from '@/lib/api-tokens/authenticate-api-token';
import { bearerToken } from '@/lib/api-tokens/bearer-token';
import { getActor } from '@/lib/auth/get-actor';
import { AppError } from '@/lib/errors';

/** Who called an API route, and the API token they called with (null for a browser session). */
export type ApiCaller = { actor: UserActor; apiToken: ApiTokenUse | null };

/**
 * The caller of an API route: a personal API token (`Authorization: Bearer`) or a browser session.
 * Throws `unauthorized` when there is neither, or when the token or account is no longer valid.
 */
export async function authenticateRequest(request: Request): Promise<ApiCaller> {
  if (request.headers.get('authorization')) {
    const token = bearerToken(request.headers);
    const caller = token ? await authenticateApiToken(token) : null;
    if (!caller) throw new AppError('unauthorized', 'The API token is invalid, revoked, or belongs to a deactivated account');
    return caller;
  }
  const actor = await getActor();
  if (!actor) throw new AppError('unauthorized', 'Sign in or send an API token (Authorization: Bearer <token>)');
  return { actor, apiToken: null };
}
