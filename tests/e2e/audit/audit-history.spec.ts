import { readFile } from 'node:fs/promises';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { listedReport } from '../support/listed-report';

const title = `Envoys meet in Seoul ${Date.now()}`;
const body = ['The envoys met in Seoul on Friday.', 'They urged all countries to send North Korean workers home.'].join('\n\n');

test("an editor finds every change to one sentence's verdicts with the diffs, filters the history, and downloads it; a reviewer cannot", async ({ pageAs, request }) => {
  const editor = account('editor');
  const reviewer = account('auditReviewer');
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Audit Wire', title, body } });
  const { report, sentences } = await created.json();
  const claimId = sentences[1].claims[0].id as string;
  const save = (data: object, requestId?: string) =>
    request.put(`/api/v1/claims/${claimId}/verdict`, { headers: { ...reviewer.headers, ...(requestId ? { 'x-request-id': requestId } : {}) }, data });
  const first = await save({ label: 'single_source', note: 'Only this wire' }, 'desk-trace-7');
  expect(first.status()).toBe(200);
  expect(first.headers()['x-request-id']).toBe('desk-trace-7');
  const denial = { url: 'https://example.test/denial', quote: 'No such appeal', relation: 'contradicts' };
  expect((await save({ label: 'disputed', note: 'A denial', version: 1, evidence: [denial] })).status()).toBe(200);

  const page = await pageAs('editor');
  await page.goto(`/reports/${report.id}`);
  const started = Date.now();
  await page.getByRole('link', { name: 'History of sentence 2' }).click();
  await expect(page.getByRole('heading', { name: 'History of sentence 2' })).toBeVisible();
  const events = page.getByRole('list', { name: 'Audit events' }).getByRole('listitem');
  await expect(events).toHaveCount(2);
  expect(Date.now() - started).toBeLessThan(5_000);

  // Each event in the words of the desk: who did what to which sentence, labels as the page names them.
  const newest = events.first();
  await expect(newest).toContainText(`${reviewer.name} changed their verdict on Audit Wire sentence 2 from Single-source to Disputed, citing example.test`);
  const labelRow = newest.getByRole('row', { name: /^Label/ });
  await expect(labelRow.locator('del')).toHaveText('Single-source');
  await expect(labelRow.locator('ins')).toHaveText('Disputed');
  await expect(newest.getByRole('row', { name: /^Evidence/ }).locator('ins')).toHaveText(`Contradicts: ${denial.url} “${denial.quote}”`);
  await expect(newest.getByRole('row', { name: /^Version/ })).toHaveCount(0);
  await expect(events.nth(1)).toContainText(`${reviewer.name} labelled Audit Wire sentence 2 Single-source`);
  await expect(events.nth(1).getByRole('row', { name: /^Note/ }).locator('ins')).toHaveText('Only this wire');
  await expect(page.getByText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/).filter({ visible: true })).toHaveCount(0);
  // The sentence is named as the review page numbers it, and its link lands on it there.
  await expect(newest.getByText('Audit Wire sentence 2: “They urged all countries to send North Korean…”')).toBeVisible();
  await newest.getByRole('link', { name: 'Audit Wire sentence 2' }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${report.id}\\?sentence=2#sentence-2$`));
  await expect(page.locator('[data-review-sentence]:focus')).toContainText('They urged all countries');
  await page.goBack();

  // Filters combine and land in the URL; the report filter tells reports of one title apart.
  await page.goto('/audit');
  await expect(page.getByLabel('Report').locator('option', { hasText: title })).toHaveText(listedReport(title, 'Audit Wire'));
  await page.getByLabel('Who').selectOption({ label: `${reviewer.name} (${reviewer.email})` });
  await page.getByLabel('Action').selectOption({ label: 'Verdict saved' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/action=verdict\.saved/);
  await expect(page).toHaveURL(/actor=[0-9a-f-]{36}/);
  await expect(events).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel('Action')).toHaveValue('verdict.saved');

  // Pages of one event each reach the first verdict through "Older events", keeping the filters.
  await page.goto(`${page.url()}&limit=1`);
  await expect(events).toHaveCount(1);
  await expect(events.first().getByRole('row', { name: /^Label/ }).locator('ins')).toHaveText('Disputed');
  await expect(page.getByRole('link', { name: 'Newer events' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Older events' }).click();
  await expect(events).toHaveCount(1);
  await expect(events.first().getByRole('row', { name: /^Label/ }).locator('ins')).toHaveText('Single-source');
  await expect(page.getByRole('link', { name: 'Older events' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Newer events' }).click();
  await expect(events.first().getByRole('row', { name: /^Label/ }).locator('ins')).toHaveText('Disputed');
  await expect(page.getByRole('link', { name: 'Newer events' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Older events' }).click();
  await expect(events.first().getByRole('row', { name: /^Label/ }).locator('ins')).toHaveText('Single-source');
  await page.getByRole('link', { name: 'Newest' }).click();
  await expect(events.first().getByRole('row', { name: /^Label/ }).locator('ins')).toHaveText('Disputed');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  const csv = (await readFile(await download.path())).toString('utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^sequence,time,actor,actor_email,action/);
  expect(csv.match(/verdict\.saved/g)).toHaveLength(2);

  const reviewerHistory = await request.get('/api/v1/audit', { headers: reviewer.headers });
  expect(reviewerHistory.status()).toBe(403);
  const editorHistory = await request.get(`/api/v1/audit?reportId=${report.id}&limit=2`, { headers: editor.headers });
  expect(editorHistory.status()).toBe(200);
  const firstPage = await editorHistory.json();
  expect(firstPage.items).toHaveLength(2);
  expect(firstPage.nextCursor).toEqual(expect.any(String));
  const rest = await (await request.get(`/api/v1/audit?reportId=${report.id}&cursor=${firstPage.nextCursor}`, { headers: editor.headers })).json();
  expect(rest.items.at(-1)).toMatchObject({ action: 'report.imported' });
  // The request id a caller sends (or the one the server makes) is on the events it caused.
  const verdicts = await (await request.get(`/api/v1/audit?reportId=${report.id}&action=verdict.saved`, { headers: editor.headers })).json();
  expect(verdicts.items.map((item: { requestId: string }) => item.requestId)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), 'desk-trace-7']);
  const bad = await request.get('/api/v1/audit?limit=0', { headers: editor.headers });
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toMatchObject({ error: { field: 'limit' } });
});

test('a reviewer sees no audit page and no link to it', async ({ pageAs }) => {
  const page = await pageAs('reviewer');
  await expect(page.getByRole('link', { name: 'Audit' })).toHaveCount(0);
  const response = await page.goto('/audit');
  expect(response?.status()).toBe(404);
});
