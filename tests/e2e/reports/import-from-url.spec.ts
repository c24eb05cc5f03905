import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { page as htmlPage, redirect, startPageServer, type PageServer } from '../../support/page-server';

// The pages live on 127.0.0.1, which the e2e server's FACTCHECK_FETCH_ALLOWED_HOSTS permits (playwright.config.ts).
let pages: PageServer;
const marker = randomUUID().slice(0, 8);
const story = `<!doctype html><html><head><meta charset="windows-1252"><title>Floods</title></head><body><script>document.title='ran'</script><h1>River floods Marlow ${marker}</h1><p>The river rose two metres overnight. Rescue teams arrived at dawn, the mayor\x92s office said.</p></body></html>`;

test.beforeAll(async () => {
  pages = await startPageServer({
    '/story': htmlPage(Buffer.from(story, 'latin1'), 'text/html'),
    '/moved': redirect('/story', 301),
    '/picture': htmlPage(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
  });
});

test.afterAll(async () => {
  await pages.stop();
});

test('an editor imports a report from a URL: the text of the page after its redirect, and its snapshot to download', async ({ pageAs, request }) => {
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('From a URL').fill(pages.url('/moved'));
  await page.getByRole('button', { name: 'Import from URL' }).click();

  // The page's <title> names the report; it names no site, so the outlet is its host.
  await expect(page.getByRole('heading', { name: 'Floods' })).toBeVisible();
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await sentences.getByRole('button', { name: '1 line not for review (Headline) — show' }).click();
  await expect(sentences).toContainText(`River floods Marlow ${marker}`);
  await expect(sentences).toContainText('The river rose two metres overnight.');
  await expect(sentences).toContainText('the mayor’s office said.');
  await expect(sentences).not.toContainText('document.title');

  const reportId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const editor = account('editor');
  const report = await (await request.get(`/api/v1/reports/${reportId}`, { headers: editor.headers })).json();
  expect(report.report).toMatchObject({ outlet: '127.0.0.1', url: pages.url('/story') });
  const snapshot = await request.get(`/api/v1/reports/${reportId}/snapshot`, { headers: editor.headers });
  expect(snapshot.status()).toBe(200);
  expect(snapshot.headers()['content-type']).toBe('text/plain; charset=windows-1252');
  expect(snapshot.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(Buffer.from(await snapshot.body()).equals(Buffer.from(story, 'latin1'))).toBe(true);
  expect((await request.get(`/api/v1/reports/${reportId}/snapshot`, { headers: account('reviewer').headers })).status()).toBe(403);
});

test('a page that is not HTML is refused on the URL field, and the editor stays on the import page', async ({ pageAs }) => {
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('From a URL').fill(pages.url('/picture'));
  await page.getByRole('button', { name: 'Import from URL' }).click();
  await expect(page.getByText('The page is not HTML, plain text or a PDF (content type image/png)')).toBeVisible();
  await expect(page).toHaveURL(/\/reports\/new$/);
});
