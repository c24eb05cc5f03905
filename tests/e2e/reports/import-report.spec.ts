import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

const tag = () => randomUUID().slice(0, 8);

test('an editor imports a pasted report from the UI and sees its sentences with their kinds', async ({ pageAs }) => {
  const title = `Envoys meet again ${tag()}`;
  const page = await pageAs('editor');
  await page.getByRole('link', { name: 'Import a report' }).click();

  await page.getByLabel('Outlet').fill('Yonhap');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('URL', { exact: true }).fill('https://example.org/envoys');
  await page.getByLabel('Publication date').fill('2023-04-08');
  await page.getByLabel('Credits / derived from').fill('AP, Reuters');
  await page.getByLabel('Body text').fill(`${title}\n\nThe U.S. envoy met his counterparts in Seoul. "We will act," he said.\n\n- Yonhap`);
  await page.getByRole('button', { name: 'Import report' }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('Credits / derived from: AP, Reuters')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('2 sentences for review · 2 not for review (headlines, datelines, captions, credits, page furniture)');
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await expect(sentences.getByRole('listitem')).toHaveCount(4);
  // Sentences for review are numbered 1, 2, …; each run of lines not for review is folded into one line.
  await expect(sentences.getByRole('listitem', { name: 'Sentence 1' })).toContainText('The U.S. envoy met his counterparts in Seoul.');
  await sentences.getByRole('button', { name: '1 line not for review (Credit) — show' }).click();
  await expect(sentences.getByRole('listitem', { name: 'Line 4, not for review' })).toContainText('- Yonhap');
});

test('an editor imports an uploaded HTML file, reduced to its text', async ({ pageAs }) => {
  const marker = tag();
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('Outlet').fill('HTML Times');
  await page.getByLabel('Upload a .txt, .html or .pdf file').setInputFiles({
    name: 'story.html',
    mimeType: 'text/html',
    buffer: Buffer.from(`<html><body><script>alert(1)</script><h1>Upload ${marker}</h1><p>First <em>sentence</em>. Second sentence.</p></body></html>`),
  });
  await expect(page.getByRole('status')).toContainText('Converted from HTML');
  await expect(page.getByLabel('Body text')).toHaveValue(`Upload ${marker}\n\nFirst sentence. Second sentence.`);
  await page.getByRole('button', { name: 'Import report' }).click();

  await expect(page.getByRole('heading', { name: /^HTML Times, / })).toBeVisible();
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await expect(sentences.getByRole('listitem')).toHaveCount(3);
  await expect(sentences).toContainText('First sentence.');
  await expect(sentences).not.toContainText('alert');
});

test("an uploaded page fills in the blank fields from its metadata, keeping what the editor typed, and its article is what is imported", async ({ pageAs }) => {
  const marker = tag();
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('Title').fill(`Typed title ${marker}`);
  await page.getByLabel('Upload a .txt, .html or .pdf file').setInputFiles({
    name: 'page.html',
    mimeType: 'text/html',
    buffer: Buffer.from(`<html><head><title>Page title | Page Daily</title><meta property="og:site_name" content="Page Daily">
      <meta property="article:published_time" content="2023-04-07T09:00:00+09:00"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><p>SEOUL (AFP) - Envoys met in Seoul on Friday (${marker}).</p>
      <p>The U.S. envoy spoke first.</p></article><footer><p>All rights reserved by the site.</p></footer></body></html>`),
  });
  await expect(page.getByLabel('Outlet')).toHaveValue('Page Daily');
  await expect(page.getByLabel('Publication date')).toHaveValue('2023-04-07');
  await expect(page.getByLabel('Credits / derived from')).toHaveValue('AFP');
  await expect(page.getByLabel('Title')).toHaveValue(`Typed title ${marker}`);
  await expect(page.getByRole('status')).toContainText('Filled in from the page: outlet, publication date, credits. Check them before importing.');
  await page.getByRole('button', { name: 'Import report' }).click();

  await expect(page.getByRole('heading', { name: `Typed title ${marker}` })).toBeVisible();
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await expect(sentences).toContainText('The U.S. envoy spoke first.');
  await expect(sentences).not.toContainText('All rights reserved');
});

test('HTML pasted into Body text is converted to its article, with a note, and can be kept as text instead', async ({ pageAs }) => {
  const marker = tag();
  const html = `<!DOCTYPE html>
<html><head><title>Hotline agreed | Pasted Post</title><meta property="og:site_name" content="Pasted Post"><script>var tracking = 1;</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Hotline agreed ${marker}</h1><p>SEOUL (Reuters) - The envoys agreed on a hotline on Friday.</p><p>They will meet again in June.</p></article>
<aside><h2>Most read</h2><p>Ten recipes for a summer evening.</p></aside></body></html>`;
  const page = await pageAs('editor');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/reports/new');
  await page.evaluate((text) => navigator.clipboard.writeText(text), html);
  await page.getByLabel('Body text').focus();
  await page.keyboard.press('ControlOrMeta+V');

  const body = page.getByLabel('Body text');
  const note = page.getByRole('status');
  await expect(note).toContainText('Converted from HTML');
  await expect(body).toHaveValue(`Hotline agreed ${marker}\n\nSEOUL (Reuters) - The envoys agreed on a hotline on Friday.\n\nThey will meet again in June.`);
  await expect(page.getByLabel('Outlet')).toHaveValue('Pasted Post');
  await expect(page.getByLabel('Title')).toHaveValue('Hotline agreed');
  await expect(page.getByLabel('Credits / derived from')).toHaveValue('Reuters');

  // The editor can keep the markup as typed text instead, and change their mind again.
  await page.getByRole('button', { name: 'Keep the HTML as text' }).click();
  await expect(body).toHaveValue(html);
  await expect(note).toContainText('Kept as text');
  await page.getByRole('button', { name: 'Convert from HTML' }).click();
  await expect(note).toContainText('Converted from HTML');
  await page.getByRole('button', { name: 'Import report' }).click();

  await expect(page.getByRole('heading', { name: 'Hotline agreed', exact: true })).toBeVisible();
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await expect(sentences.getByRole('listitem', { name: 'Sentence 1' })).toContainText('The envoys agreed on a hotline on Friday.');
  await expect(sentences).not.toContainText('tracking');
  await expect(sentences).not.toContainText('recipes');
  await expect(sentences).not.toContainText('DOCTYPE');
});

test('bad input is refused with the field named, and nothing is stored', async ({ pageAs, request }) => {
  const editor = account('editor');
  const countReports = async () => (await (await request.get('/api/v1/reports?limit=200', { headers: editor.headers })).json()).items.length;
  const body = `A story only imported once ${tag()}. It has two sentences.`;
  expect((await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'First Outlet', title: 'The original', body } })).status()).toBe(201);
  const before = await countReports();

  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('Outlet').fill('Yonhap');
  await page.getByLabel('URL', { exact: true }).fill('not a url');
  await page.getByRole('button', { name: 'Import report' }).click();
  await expect(page.getByText("Enter the page's web address, starting with https://")).toBeVisible();
  await expect(page.getByText('Body text is required')).toBeVisible();

  await page.getByLabel('URL', { exact: true }).fill('');
  await page.getByLabel('Body text').fill(body);
  await page.getByRole('button', { name: 'Import report' }).click();
  await expect(page.getByText('This text is already imported as “The original” (First Outlet)')).toBeVisible();
  await expect(page).toHaveURL(/\/reports\/new$/);
  expect(await countReports()).toBe(before);
});

test('reviewers cannot import: no link, and no page', async ({ pageAs }) => {
  const page = await pageAs('reviewer');
  await expect(page.getByRole('link', { name: 'Import a report' })).toHaveCount(0);
  const response = await page.goto('/reports/new');
  expect(response?.status()).toBe(404);
});
