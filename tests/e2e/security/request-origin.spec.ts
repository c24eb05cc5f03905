import { baseURL } from '../../../playwright.config';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

const report = () => ({ outlet: 'Origin Wire', body: `A report sent from a script ${Date.now()} ${Math.random()}.` });

test('with a session cookie, a change must come from our pages: no Origin, a foreign Origin or x-middleware-subrequest is refused', async ({ pageAs }) => {
  const page = await pageAs('editor');
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith('next-auth.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

  // page.request carries the browser's cookies but, unlike the browser, no Origin.
  const noOrigin = await page.request.post('/api/v1/reports', { data: report() });
  expect(noOrigin.status()).toBe(403);
  expect((await noOrigin.json()).error.message).toMatch(/same Origin/);
  expect((await page.request.post('/api/v1/reports', { data: report(), headers: { origin: 'https://evil.example' } })).status()).toBe(403);
  const action = await page.request.post('/reports/new', { headers: { 'next-action': '7f00000000000000000000000000000000000000', 'content-type': 'text/plain;charset=UTF-8' }, data: '[]' });
  expect(action.status()).toBe(403);
  expect((await page.request.get('/', { headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } })).status()).toBe(403);

  // The same request from our own origin, as the browser sends it, goes through.
  expect((await page.request.post('/api/v1/reports', { data: report(), headers: { origin: baseURL } })).status()).toBe(201);
});

test('a script with an API token needs no Origin; a bad token is refused', async ({ request }) => {
  const editor = account('editor');
  expect((await request.post('/api/v1/reports', { data: report(), headers: editor.headers })).status()).toBe(201);
  expect((await request.post('/api/v1/reports', { data: report(), headers: { authorization: 'Bearer fct_not-a-token' } })).status()).toBe(401);
  expect((await request.post('/api/v1/reports', { data: report(), headers: { ...editor.headers, 'x-middleware-subrequest': 'middleware' } })).status()).toBe(403);
});

test('a body over 7 MB is refused before anything reads it, the sign-in endpoint included', async ({ request }) => {
  const editor = account('editor');
  const huge = 'x'.repeat(7 * 1024 * 1024 + 1);
  const refused = await request.post('/api/v1/reports', { headers: { ...editor.headers, 'content-type': 'application/json' }, data: huge });
  expect(refused.status()).toBe(413);
  expect((await refused.json()).error.code).toBe('too_large');
  const signIn = await request.post('/api/auth/callback/credentials', { headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' }, data: huge });
  expect(signIn.status()).toBe(413);
});

test('every answer carries the security headers', async ({ request }) => {
  for (const path of ['/login', '/api/health', '/api/v1/me']) {
    const headers = (await request.get(path)).headers();
    expect(headers, path).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    // Plain HTTP here: HSTS is only sent behind HTTPS.
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
  // No reverse proxy is trusted here, so a client's own X-Forwarded-Proto changes nothing
  // (tests/server/proxy-headers.test.ts covers a server behind a trusted proxy).
  const claimsHttps = await request.get('/login', { headers: { 'x-forwarded-proto': 'https' } });
  expect(claimsHttps.headers()['strict-transport-security']).toBeUndefined();
});
