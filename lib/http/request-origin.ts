import { bearerToken } from '@/lib/api-tokens/bearer-token';
import { publicSiteUrl } from '@/lib/env';

// Which requests count as coming from this app's own pages. Browsers send Origin on every POST,
// PUT, PATCH and DELETE, so a mutating request with no Origin, or another site's, did not come
// from our pages: it is a cross-site forgery or a script, and scripts must use an API token.

export const mutatingMethods: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * This server's origins: as the request reached it (through any proxy) and as NEXTAUTH_URL names
 * it. X-Forwarded-Host and -Proto count only because the server in front (scripts/serve.ts) drops
 * them unless a trusted reverse proxy sent them (FACTCHECK_TRUSTED_PROXIES).
 */
export function ownOrigins(headers: Headers, requestUrl: URL): string[] {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? requestUrl.host;
  const protocol = headers.get('x-forwarded-proto') ?? requestUrl.protocol.replace(/:$/, '');
  const origins = [`${protocol}://${host}`, requestUrl.origin];
  const configured = publicSiteUrl();
  if (configured) origins.push(configured.origin);
  return origins;
}

export function isSameOrigin(headers: Headers, requestUrl: URL): boolean {
  const origin = headers.get('origin');
  return origin !== null && ownOrigins(headers, requestUrl).includes(origin);
}

/**
 * Why a request must be refused before it reaches any page, action or route, or null. A mutating
 * request needs our Origin, except an /api/v1 call with an API token (which the route then checks).
 * `x-middleware-subrequest` is Next's internal header; from outside it was once a way to skip
 * middleware (CVE-2025-29927), so it is never accepted.
 */
export function refusalReason(method: string, headers: Headers, requestUrl: URL): string | null {
  if (headers.has('x-middleware-subrequest')) return 'The x-middleware-subrequest header is not accepted';
  if (!mutatingMethods.has(method.toUpperCase())) return null;
  if (requestUrl.pathname.startsWith('/api/v1/') && bearerToken(headers) !== null) return null;
  if (isSameOrigin(headers, requestUrl)) return null;
  return 'A request that changes data must come from this app’s pages (same Origin) or carry an API token (Authorization: Bearer <token>)';
}
