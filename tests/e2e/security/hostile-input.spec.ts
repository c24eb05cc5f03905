import type { Page } from '@playwright/test';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

// Each payload, if it ever ran, would set window.__xss or open a dialog.
const scriptTag = '<script>window.__xss = "script"</script>';
const imageHandler = '<img src=x onerror="window.__xss = \'img\'">';
const svgHandler = '<svg onload="alert(1)"></svg>';
const title = `Markup wire ${Date.now()} ${scriptTag}`;
const body = `Officials met in Seoul ${imageHandler} on Friday.\n\nThey discussed ${svgHandler} cyber theft ${scriptTag}.`;
const note = `Only this report says so ${scriptTag}${imageHandler}`;

function watchForScripts(page: Page) {
  const ran: string[] = [];
  page.on('dialog', async (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return {
    async expectNothingRan() {
      expect(ran).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null)).toBeNull();
      await expect(page.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
    },
  };
}

test('markup and script in an imported report and in a note show as text, in pages and in exports', async ({ pageAs, request, browser }) => {
  const editor = account('editor');
  const reviewer = account('reviewer');
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Markup <b>Wire</b>', title, body } });
  expect(created.status()).toBe(201);
  const { report, sentences } = (await created.json()) as { report: { id: string }; sentences: { claims: { id: string }[] }[] };
  const claimId = sentences[0]?.claims[0]?.id;
  expect((await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: reviewer.headers, data: { label: 'single_source', note } })).status()).toBe(200);
  // A javascript: address is refused, never stored to become a link.
  const badLink = await request.put(`/api/v1/claims/${claimId}/verdict`, {
    headers: reviewer.headers,
    data: { label: 'disputed', version: 1, evidence: [{ url: 'javascript:alert(1)', quote: 'x', relation: 'contradicts' }] },
  });
  expect(badLink.status()).toBe(422);

  const page = await pageAs('editor');
  const scripts = watchForScripts(page);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await scripts.expectNothingRan();
  await page.goto(`/reports/${report.id}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText(`Officials met in Seoul ${imageHandler} on Friday.`)).toBeVisible();
  await expect(page.getByText(`They discussed ${svgHandler} cyber theft ${scriptTag}.`)).toBeVisible();
  await scripts.expectNothingRan();

  await page.goto(`/reports/${report.id}/adjudication`);
  await expect(page.getByText(note)).toBeVisible();
  await scripts.expectNothingRan();

  // The HTML export, opened in the browser under no policy of ours, runs nothing either.
  const exported = await request.get(`/api/v1/export?format=html&scope=all&reportId=${report.id}`, { headers: editor.headers });
  expect(exported.status()).toBe(200);
  const html = await exported.text();
  expect(html).not.toContain(scriptTag);
  const viewer = await (await browser.newContext()).newPage();
  const exportScripts = watchForScripts(viewer);
  await viewer.setContent(html);
  await expect(viewer.getByText(note).first()).toBeVisible();
  await exportScripts.expectNothingRan();
});

test('pages carry a script policy with a fresh nonce, and Next’s own scripts carry it', async ({ page }) => {
  const first = await page.goto('/login');
  const second = await page.goto('/login');
  const policy = first?.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(nonce).toBeTruthy();
  expect(second?.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
  // The page works (its scripts ran): the form validates on the client before any request.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Email must be a valid email address')).toBeVisible();
  const unnonced = await page.locator('script:not([nonce])').count();
  expect(unnonced).toBe(0);
});
