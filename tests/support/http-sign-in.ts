// Signing in over HTTP as a browser does, against a server process: next-auth's CSRF token and
// its cookie first, then the credentials form posted from the server's own origin.

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
}

/** The answer to one sign-in attempt; `extraHeaders` may add X-Forwarded-For and the like. */
export async function postSignIn(serverUrl: string, email: string, password: string, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const csrf = await fetch(`${serverUrl}/api/auth/csrf`, { headers: extraHeaders });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return fetch(`${serverUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: serverUrl, cookie: cookiesOf(csrf).join('; '), ...extraHeaders },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
}

/** The session cookie (`name=value`) that signing in gives, or null when the sign-in was refused. */
export function sessionCookieOf(signIn: Response): string | null {
  return cookiesOf(signIn).find((cookie) => cookie.startsWith('next-auth.session-token=')) ?? null;
}

/** Signs in and returns the session cookie; throws when the sign-in is refused. */
export async function signInOverHttp(serverUrl: string, email: string, password: string): Promise<string> {
  const cookie = sessionCookieOf(await postSignIn(serverUrl, email, password));
  if (!cookie) throw new Error(`Signing in as ${email} was refused`);
  return cookie;
}
