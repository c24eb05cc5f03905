import { encode, getToken, type JWT } from 'next-auth/jwt';
import type { NextRequest, NextResponse } from 'next/server';
import { isSecureSite } from '@/lib/env';
import { isSessionTooOld, sessionLifetime } from './session-lifetime';

// next-auth's cookie: __Secure- prefixed (and Secure) when the site is served over HTTPS.
function cookieName(): string {
  return `${isSecureSite() ? '__Secure-' : ''}next-auth.session-token`;
}

/** The request's session token when it is valid: signed, not idle too long, not past its absolute lifetime. */
export async function readSessionToken(request: NextRequest, secret: string | undefined): Promise<JWT | null> {
  // Without the cookie there is no session. (getToken would otherwise try to decrypt an API
  // token in the Authorization header as one, on every API call.)
  if (!request.cookies.getAll().some((cookie) => cookie.name.startsWith(cookieName()))) return null;
  const token = await getToken({ req: request, secret, secureCookie: isSecureSite(), cookieName: cookieName() });
  if (!token || typeof token.authTime !== 'number' || isSessionTooOld(token.authTime)) return null;
  return token;
}

/**
 * Renews the session cookie (sliding idle timeout) when it was issued more than
 * `refreshAfterSeconds` ago, never past the session's absolute end.
 */
export async function renewSessionCookie(response: NextResponse, token: JWT, secret: string | undefined): Promise<void> {
  const issuedAt = typeof token.iat === 'number' ? token.iat : 0;
  const nowSeconds = Math.floor(Date.now() / 1000);
  if (!secret || typeof token.authTime !== 'number' || nowSeconds - issuedAt < sessionLifetime.refreshAfterSeconds) return;
  const secondsLeft = Math.floor((token.authTime + sessionLifetime.absoluteSeconds * 1000 - Date.now()) / 1000);
  const maxAge = Math.min(sessionLifetime.idleSeconds, secondsLeft);
  if (maxAge <= 0) return;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  response.cookies.set(cookieName(), await encode({ token: claims, secret, maxAge }), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: isSecureSite(),
    maxAge,
  });
}
