import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { env } from '@/lib/env';

// A fast first gate for pages: no valid session cookie, straight to /login. It is only a
// convenience; every page, action and route checks the account itself (lib/auth).
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL('/login', request.url);
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (path !== '/') login.searchParams.set('callbackUrl', path);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/((?!api/|_next/|login|favicon.ico|robots.txt).*)'],
};
