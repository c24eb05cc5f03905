import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { serverEnv } from '@/lib/env';
import { endUserSession } from './end-user-session';
import { sessionLifetime } from './session-lifetime';
import { verifyCredentials } from './verify-credentials';

// The server (scripts/serve.ts) puts the address it trusts in X-Forwarded-For.
function forwardedAddress(headers: Record<string, unknown> | undefined): string | null {
  const value = headers?.['x-forwarded-for'];
  return typeof value === 'string' && value ? value : null;
}

export const authOptions: NextAuthOptions = {
  secret: serverEnv().NEXTAUTH_SECRET,
  // The JWT expires after the idle timeout; the proxy renews it while the session is in use.
  session: { strategy: 'jwt', maxAge: sessionLifetime.idleSeconds },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const user = await verifyCredentials(credentials, forwardedAddress(request.headers));
        return user ? { id: user.id, email: user.email, name: user.name, sessionId: user.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id, its server-side session and when the session began:
    // role, active state and whether the session was signed out are read fresh on every request.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = 'sessionId' in user ? user.sessionId : undefined;
        token.authTime = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionId: token.sid, authTime: token.authTime };
    },
  },
  events: {
    // next-auth clears the cookie; this ends the session itself, so a copy of the cookie is refused too.
    async signOut({ token }) {
      await endUserSession(token);
    },
  },
};
