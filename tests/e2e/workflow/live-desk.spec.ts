import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

// What a reviewer does reaches the editor's open dashboard without a reload (the test server runs
// two worker processes, so the save and the page may well be on different ones).
const stamp = Date.now();

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
