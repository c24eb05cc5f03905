import type { IncomingHttpHeaders } from 'node:http';
import { clientAddress } from './client-address';
import { hostName, type EdgeSettings } from '@/lib/env';

// What the HTTP server in front of Next decides before Next sees a request. The proxy (proxy.ts)
// cannot: it skips static files and the image route, and it cannot tell a header a reverse
// proxy set from one the client sent.

/** The methods the app answers; TRACE, CONNECT and the rest are refused, whatever the path. */
export const allowedMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

// Headers only a reverse proxy may set: from a client directly they would pick the origin the
// Origin check compares with, or whether the request came over HTTPS.
const proxyHeaders = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-forwarded-prefix', 'forwarded'];

export type EdgeRefusal = { status: number; code: string; message: string; headers?: Record<string, string> };

export type EdgeRequest = { method: string | undefined; headers: IncomingHttpHeaders; peerAddress: string | undefined };

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/** Why the request must be refused before Next sees it, or null. */
export function edgeRefusal(request: EdgeRequest, settings: EdgeSettings): EdgeRefusal | null {
  const method = (request.method ?? '').toUpperCase();
  if (!(allowedMethods as readonly string[]).includes(method)) {
    return { status: 405, code: 'method_not_allowed', message: `${method || 'This method'} is not allowed`, headers: { Allow: allowedMethods.join(', ') } };
  }
  if (settings.allowedHosts.length === 0) return null;
  // Behind trusted proxies the public host is the one the proxy forwards; otherwise the Host header.
  const forwardedHost = settings.trustedProxies > 0 ? single(request.headers['x-forwarded-host'])?.split(',')[0]?.trim() : undefined;
  const host = hostName(forwardedHost || request.headers.host);
  if (host && settings.allowedHosts.includes(host)) return null;
  // A name we do not serve: typically DNS rebinding, a hostile name pointed at this server.
  return { status: 421, code: 'misdirected', message: 'This server does not answer for that host name (FACTCHECK_ALLOWED_HOSTS)' };
}

/**
 * Rewrites, in place, the headers that only trusted proxies may set: X-Forwarded-For becomes the
 * client's address as far as we can trust it, and with no trusted proxy the other forwarding
 * headers are dropped, whatever the client sent.
 */
export function settleForwardedHeaders(request: EdgeRequest, settings: EdgeSettings): void {
  const { headers } = request;
  const address = clientAddress(request.peerAddress, single(headers['x-forwarded-for']), settings.trustedProxies);
  if (address) headers['x-forwarded-for'] = address;
  else delete headers['x-forwarded-for'];
  if (settings.trustedProxies === 0) for (const name of proxyHeaders) delete headers[name];
}
