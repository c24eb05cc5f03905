import { encode } from 'next-auth/jwt';
import { NextRequest, NextResponse } from 'next/server';
import { afterEach, expect, test, vi } from 'vitest';
import { readSessionToken, renewSessionCookie } from '@/lib/auth/session-cookie';
import { sessionLifetime } from '@/lib/auth/session-lifetime';

const secret = 's'.repeat(40);
const minute = 60_000;

afterEach(() => vi.useRealTimers());

async function requestWithSession(claims: Record<string, unknown>, maxAge = sessionLifetime.idleSeconds) {
  const cookie = await encode({ token: { sub: 'user-1', ...claims }, secret, maxAge });
  return new NextRequest('http://localhost:3000/', { headers: { cookie: `next-auth.session-token=${cookie}` } });
}

test('a session in use is renewed at most every 5 minutes, and never past 12 hours after sign-in', async () => {
  const signedIn = Date.UTC(2026, 10, 25, 8);
  vi.useFakeTimers({ now: signedIn, toFake: ['Date'] });
  const fresh = await readSessionToken(await requestWithSession({ authTime: signedIn }), secret);
  expect(fresh).toMatchObject({ sub: 'user-1', authTime: signedIn });

  vi.setSystemTime(signedIn + 4 * minute);
  const early = NextResponse.next();
  await renewSessionCookie(early, fresh ?? {}, secret);
  expect(early.cookies.get('next-auth.session-token')).toBeUndefined();

  vi.setSystemTime(signedIn + 6 * minute);
  const due = NextResponse.next();
  await renewSessionCookie(due, fresh ?? {}, secret);
  expect(due.cookies.get('next-auth.session-token')).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', maxAge: sessionLifetime.idleSeconds });

  vi.setSystemTime(signedIn + 11.75 * 60 * minute);
  const nearTheEnd = NextResponse.next();
  await renewSessionCookie(nearTheEnd, fresh ?? {}, secret);
  expect(nearTheEnd.cookies.get('next-auth.session-token')?.maxAge).toBe(15 * 60);
});

test('a session idle for an hour, or begun over 12 hours ago, is no session', async () => {
  const signedIn = Date.UTC(2026, 10, 25, 8);
  vi.useFakeTimers({ now: signedIn, toFake: ['Date'] });
  const request = await requestWithSession({ authTime: signedIn });
  vi.setSystemTime(signedIn + 61 * minute);
  expect(await readSessionToken(request, secret)).toBeNull();

  vi.setSystemTime(signedIn + 12 * 60 * minute + minute);
  expect(await readSessionToken(await requestWithSession({ authTime: signedIn }), secret)).toBeNull();
  expect(await readSessionToken(await requestWithSession({}), secret)).toBeNull();
});
