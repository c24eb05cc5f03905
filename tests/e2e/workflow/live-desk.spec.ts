import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { openSentence } from '../support/review';

// Two people on one report, each in their own browser (the test server runs two worker
// processes, so they may well be on different ones): what one does reaches the other's open page
// without a reload.
const stamp = Date.now();
const title = `Live desk ${stamp}`;
const sentence = `The envoys met in Seoul on Friday, officials said (live ${stamp}).`;

test('the editor starting adjudication locks the reviewer’s open form, and says so, without a reload', async ({ pageAs, request }) => {
  const [editor, alice] = [account('editor'), account('alice')];
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Live Wire', title, body: `${sentence}\n\nThey spoke of cyber theft.` } });
  expect(created.status()).toBe(201);
  const { report } = await created.json();
  expect((await request.post(`/api/v1/reports/${report.id}/assignments`, { headers: editor.headers, data: { reviewerId: alice.id } })).status()).toBe(201);

  const alicePage = await pageAs('alice');
  await alicePage.goto(`/reports/${report.id}`);
  await expect(alicePage.locator('[data-live="live"]')).toBeAttached();
  const form = await openSentence(alicePage, sentence);
  await form.getByRole('radio', { name: /Single-source/ }).check();
  await expect(form.getByRole('button', { name: 'Save verdict' })).toBeEnabled();
  // Her page's own document, to tell a reload from a live update.
  await alicePage.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  const editorPage = await pageAs('editor');
  await editorPage.goto(`/reports/${report.id}`);
  await editorPage.getByRole('region', { name: 'Workflow' }).getByRole('button', { name: 'Start adjudication' }).click();
  await expect(editorPage.getByText('In adjudication').first()).toBeVisible();

  await expect(alicePage.getByText(`${editor.name} put this report in adjudication`)).toBeVisible();
  await expect(alicePage.getByText('In adjudication').first()).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save verdict' })).toBeDisabled();
  expect(await alicePage.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('the dashboard counts a reviewer’s saves as they happen, without a reload', async ({ pageAs, request }) => {
  const [editor, alice] = [account('editor'), account('alice')];
  const deskTitle = `Live dashboard ${stamp}`;
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Desk Wire', title: deskTitle, body: `The envoys met in Seoul (desk ${stamp}).\n\nThey spoke of cyber theft (desk ${stamp}).` } });
  expect(created.status()).toBe(201);
  const { report, sentences } = await created.json();
  expect((await request.post(`/api/v1/reports/${report.id}/assignments`, { headers: editor.headers, data: { reviewerId: alice.id } })).status()).toBe(201);

  const page = await pageAs('editor');
  await page.goto('/dashboard');
  await expect(page.locator('[data-live="live"]')).toBeAttached();
  const reviewer = page.getByRole('table', { name: 'Reports' }).getByRole('row').filter({ hasText: deskTitle }).getByRole('listitem').filter({ hasText: alice.name });
  await expect(reviewer).toContainText('0 of 2');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  expect((await request.put(`/api/v1/claims/${sentences[0].claims[0].id}/verdict`, { headers: alice.headers, data: { label: 'single_source' } })).status()).toBe(200);
  await expect(reviewer).toContainText('1 of 2');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
