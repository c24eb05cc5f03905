import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

const tag = () => randomUUID().slice(0, 8);

test("an editor's notes go in with the report and reviewers see them on its page; an address without https:// is completed", async ({ pageAs, request }) => {
  const title = `Envoys' notes ${tag()}`;
  const notes = `Check the envoy's quote against the ministry's transcript (${tag()}).`;
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('Outlet').fill('Yonhap');
  await page.getByLabel('Title').fill(title);
  const url = page.getByLabel('URL', { exact: true });
  await url.fill('www.example.org/envoys/notes');
  await page.getByLabel('Notes for reviewers').fill(notes);
  await expect(url).toHaveValue('https://www.example.org/envoys/notes');
  await page.getByLabel('Body text').fill(`${title}\n\nThe U.S. envoy met his counterparts in Seoul (${tag()}). They agreed to meet again.`);
  await page.getByRole('button', { name: 'Import report' }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText(`Editor's notes: ${notes}`)).toBeVisible();
  const reportId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const report = await (await request.get(`/api/v1/reports/${reportId}`, { headers: account('editor').headers })).json();
  expect(report.report).toMatchObject({ url: 'https://www.example.org/envoys/notes', notes });

  const reviewerPage = await pageAs('reviewer');
  await reviewerPage.goto(`/reports/${reportId}`);
  await expect(reviewerPage.getByText(`Editor's notes: ${notes}`)).toBeVisible();
});

test('an address that is not a web address is refused in plain words under the URL field, and nothing is stored', async ({ pageAs, request }) => {
  const editor = account('editor');
  const countReports = async () => (await (await request.get('/api/v1/reports?limit=200', { headers: editor.headers })).json()).items.length;
  const before = await countReports();
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('Outlet').fill('Yonhap');
  const url = page.getByLabel('URL', { exact: true });
  await url.fill('envoys notes');
  await page.getByLabel('Body text').fill(`Refused ${tag()}. It has two sentences.`);
  await page.getByRole('button', { name: 'Import report' }).click();
  await expect(url).toHaveValue('envoys notes');
  await expect(page.getByText("Enter the page's web address, starting with https://")).toBeVisible();
  await expect(page.getByText(/must be a web address/)).toHaveCount(0);

  const refused = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Yonhap', url: 'javascript:alert(1)', body: `Refused ${tag()}.` } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatchObject({ code: 'invalid', field: 'url', message: "Enter the page's web address, starting with https://" });
  expect(await countReports()).toBe(before);
});

test("the shipped reports' notes are for reviewers, not about the file's characters", async ({ pageAs, request }) => {
  const list = await (await request.get('/api/v1/reports?limit=200', { headers: account('reviewer').headers })).json();
  const dw = list.items.find((report: { outlet: string }) => report.outlet === 'DW (Deutsche Welle)');
  const page = await pageAs('reviewer');
  await page.goto(`/reports/${dw.id}`);
  await expect(page.getByText(/^Editor's notes: .*not independent of the Reuters report/)).toBeVisible();
  await expect(page.getByText(/non-breaking spaces|U\+00A0/)).toHaveCount(0);
});
