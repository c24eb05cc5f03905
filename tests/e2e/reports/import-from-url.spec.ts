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

test('an editor fetches a page, checks its text and details, corrects the outlet and imports it with its snapshot', async ({ pageAs, request }) => {
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  const form = page.getByRole('form', { name: 'Fetch a page' });
  await form.getByLabel('From a URL').fill(pages.url('/moved'));
  await form.getByRole('button', { name: 'Fetch page' }).click();

  // The page's <title> names the report; it names no site, so the outlet offered is its host.
  await expect(form.getByRole('status')).toHaveText(`Fetched ${pages.url('/story')}: 2 lines of article text. Check the details before importing.`);
  await expect(form.getByLabel('Outlet')).toHaveValue('127.0.0.1');
  await expect(form.getByLabel('Title')).toHaveValue('Floods');
  await expect(form.getByLabel('Text to import')).toHaveValue(`River floods Marlow ${marker}\n\nThe river rose two metres overnight. Rescue teams arrived at dawn, the mayor’s office said.`);
  await form.getByLabel('Outlet').fill('Marlow Gazette');
  await form.getByLabel('Credits / derived from').fill('PA');
  await form.getByLabel('Notes for reviewers').fill('The mayor’s office figures are from the morning.');
  await form.getByRole('button', { name: 'Import from URL' }).click();

  await expect(page.getByRole('heading', { name: 'Floods' })).toBeVisible();
  await expect(page.getByText("Editor's notes: The mayor’s office figures are from the morning.")).toBeVisible();
  await expect(page.getByText('Credits / derived from: PA')).toBeVisible();
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await sentences.getByRole('button', { name: '1 line not for review (Headline) — show' }).click();
  await expect(sentences).toContainText(`River floods Marlow ${marker}`);
  await expect(sentences).toContainText('The river rose two metres overnight.');
  await expect(sentences).toContainText('the mayor’s office said.');
  await expect(sentences).not.toContainText('document.title');

  const reportId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const editor = account('editor');
  const report = await (await request.get(`/api/v1/reports/${reportId}`, { headers: editor.headers })).json();
  expect(report.report).toMatchObject({ outlet: 'Marlow Gazette', url: pages.url('/story') });
  const snapshot = await request.get(`/api/v1/reports/${reportId}/snapshot`, { headers: editor.headers });
  expect(snapshot.status()).toBe(200);
  expect(snapshot.headers()['content-type']).toBe('text/plain; charset=windows-1252');
  expect(snapshot.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(Buffer.from(await snapshot.body()).equals(Buffer.from(story, 'latin1'))).toBe(true);
  expect((await request.get(`/api/v1/reports/${reportId}/snapshot`, { headers: account('reviewer').headers })).status()).toBe(403);
});

test('a page that is not HTML, or a private address, is refused on the URL field, and nothing is fetched further or stored', async ({ pageAs, request }) => {
  const editor = account('editor');
  const countReports = async () => (await (await request.get('/api/v1/reports?limit=200', { headers: editor.headers })).json()).items.length;
  const before = await countReports();
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  const form = page.getByRole('form', { name: 'Fetch a page' });
  await form.getByLabel('From a URL').fill(pages.url('/picture'));
  await form.getByRole('button', { name: 'Fetch page' }).click();
  await expect(form.getByText('The page is not HTML, plain text or a PDF (content type image/png)')).toBeVisible();
  await expect(form.getByLabel('Outlet')).toHaveCount(0);

  // Only 127.0.0.1 is allowed to the e2e server: another loopback address is refused before connecting.
  await form.getByLabel('From a URL').fill('http://127.0.0.2:9/');
  await form.getByRole('button', { name: 'Fetch page' }).click();
  await expect(form.getByText('The address points to a private network address (loopback)')).toBeVisible();
  await expect(page).toHaveURL(/\/reports\/new$/);
  expect(await countReports()).toBe(before);
});

test('changing the address after a fetch asks to fetch again', async ({ pageAs }) => {
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  const form = page.getByRole('form', { name: 'Fetch a page' });
  await form.getByLabel('From a URL').fill(pages.url('/story'));
  await form.getByRole('button', { name: 'Fetch page' }).click();
  await expect(form.getByRole('button', { name: 'Import from URL' })).toBeVisible();
  await form.getByLabel('From a URL').fill(pages.url('/picture'));
  await expect(form.getByRole('button', { name: 'Fetch page' })).toBeVisible();
  await expect(form.getByLabel('Text to import')).toHaveCount(0);
});
