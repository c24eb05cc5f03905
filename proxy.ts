import { NextResponse, type NextRequest } from 'next/server';
import { readSessionToken, renewSessionCookie } from '@/lib/auth/session-cookie';
import { serverEnv } from '@/lib/env';
import { maxRequestBytes } from '@/lib/http/request-limits';
import { refusalReason } from '@/lib/http/request-origin';
import { contentSecurityPolicy, staticSecurityHeaders } from '@/lib/http/security-headers';

const publicPages = ['/login'];
const privateNoStore = 'private, no-store';

function isHttps(request: NextRequest): boolean {
  return (request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(/:$/, '')) === 'https';
}

function withSecurityHeaders(response: NextResponse, request: NextRequest, csp: string): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ isHttps: isHttps(request) }))) response.headers.set(name, value);
  return response;
}

function redirectToLogin(request: NextRequest): NextResponse {
  const login = new URL('/login', request.url);
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (path !== '/') login.searchParams.set('callbackUrl', path);
  return NextResponse.redirect(login);
}

// Every request passes here first: requests that did not come from our pages (and carry no API
// token) are refused, pages without a session go to /login, sessions in use are renewed, and
// every answer gets the security headers with a fresh CSP nonce. It is only a first gate: every
// page, action and route checks the account itself (lib/auth), and again checks the Origin.
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, { isDevelopment: serverEnv().NODE_ENV === 'development' });
  const refusal = refusalReason(request.method, request.headers, request.nextUrl);
  if (refusal) return withSecurityHeaders(NextResponse.json({ error: { code: 'forbidden', message: refusal } }, { status: 403 }), request, csp);
  // Each route and action has its own, smaller limit; this one stops anything larger at the door.
  if (Number(request.headers.get('content-length') ?? 0) > maxRequestBytes) {
    const tooLarge = { error: { code: 'too_large', message: `Request body must be at most ${maxRequestBytes / 1024 / 1024} MB` } };
    return withSecurityHeaders(NextResponse.json(tooLarge, { status: 413 }), request, csp);
  }

  const pathname = request.nextUrl.pathname;
  const session = await readSessionToken(request, serverEnv().NEXTAUTH_SECRET);
  const isPage = !pathname.startsWith('/api/');
  if (isPage && !session && !publicPages.includes(pathname)) return withSecurityHeaders(redirectToLogin(request), request, csp);

  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (session) await renewSessionCookie(response, session, serverEnv().NEXTAUTH_SECRET);
  // What a signed-in user sees is theirs alone: no shared cache, nor the browser's disk, keeps it.
  if (session || request.headers.has('authorization') || !isPage) response.headers.set('Cache-Control', privateNoStore);
  return withSecurityHeaders(response, request, csp);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
