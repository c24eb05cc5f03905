import { baseURL } from '../../../playwright.config';
import { account } from '../support/accounts';
import { e2ePassword } from '../support/cli';
import { expect, test } from '../support/fixtures';
import { expectSignedIn, signInAs } from '../support/sign-in';

// What an outside probe got past (issue 17), replayed against the built server.

test('after sign-in, a callback URL that a browser would read as another site leads home instead', async ({ page }) => {
  const reviewer = account('reviewer');
  // Browsers drop tab, LF and CR inside URLs: "/\n/evil.example" would become "//evil.example".
  for (const callback of ['/%0A/evil.example/', '/%09/evil.example/', '/%0D/evil.example/', '/%5C/evil.example/', '/.//evil.example/']) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${callback}`);
    await page.getByLabel('Email').fill(reviewer.email);
    await page.getByLabel('Password').fill(e2ePassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectSignedIn(page);
    expect(new URL(page.url()).origin, callback).toBe(baseURL);
  }
  // A path on this site is still where the sign-in leads.
  await page.context().clearCookies();
  await page.goto('/login?callbackUrl=/compare');
  await page.getByLabel('Email').fill(reviewer.email);
  await page.getByLabel('Password').fill(e2ePassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Side by side' })).toBeVisible();
  expect(page.url()).toBe(`${baseURL}/compare`);
});

test('signing out ends the session on the server: a copy of the cookie is refused afterwards', async ({ page, browser }) => {
  const reviewer = account('signOutReviewer');
  await signInAs(page, reviewer.email, e2ePassword);
  const copied = await page.context().cookies();
  expect((await page.request.get('/api/v1/me')).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  const stolen = await browser.newContext({ baseURL });
  await stolen.addCookies(copied);
  expect((await stolen.request.get('/api/v1/me')).status()).toBe(401);
  const stolenPage = await stolen.newPage();
  await stolenPage.goto('/');
  await expect(stolenPage).toHaveURL(/\/login/);
  await stolen.close();

  // Signing in again starts a new session that works.
  await signInAs(page, reviewer.email, e2ePassword);
  expect((await page.request.get('/api/v1/me')).status()).toBe(200);
});

test('answers for a signed-in user are never stored by a cache', async ({ pageAs, request }) => {
  const editor = account('editor');
  for (const path of ['/api/v1/me', '/api/v1/reports', '/api/v1/dashboard']) {
    const answer = await request.get(path, { headers: editor.headers });
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()['cache-control'], path).toMatch(/(?=.*\bprivate\b)(?=.*\bno-store\b)/);
  }
  const page = await pageAs('editor');
  for (const path of ['/', '/dashboard', '/api/v1/me']) {
    const answer = await page.request.get(path);
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()['cache-control'], path).toMatch(/(?=.*\bprivate\b)(?=.*\bno-store\b)/);
  }
});

test('malformed addresses, methods and image requests get a 4xx with the security headers, never a 500', async ({ pageAs, request }) => {
  const page = await pageAs('reviewer');
  await page.goto('/compare?report=abc');
  await expect(page.getByRole('heading', { name: 'Reports not found' })).toBeVisible();
  expect((await page.request.get('/compare?report=abc')).status()).toBe(404);
  expect((await page.request.get('/reports/abc')).status()).toBe(404);

  const trace = await request.fetch('/', { method: 'TRACE' });
  expect(trace.status()).toBe(405);
  expect(trace.headers()['allow']).toContain('GET');

  const image = await request.get('/_next/image?url=/etc/passwd&w=64&q=75');
  expect(image.status()).toBe(404);
  const staticFile = (await page.content()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(staticFile).toBeTruthy();
  for (const answer of [trace, image, await request.get(staticFile ?? '')]) {
    expect(answer.headers(), answer.url()).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' });
  }
});
