import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

test('an editor archives a report that has verdicts: it leaves the list, opens locked, and comes back', async ({ pageAs, request }) => {
  const marker = randomUUID().slice(0, 8);
  const title = `Ferry strike ${marker}`;
  const [editor, reviewer] = [account('editor'), account('carol')];
  const created = await request.post('/api/v1/reports', {
    headers: editor.headers,
    data: { outlet: 'Harbour Wire', title, body: `Ferry crews in Dunmore struck on Monday (${marker}).\n\nThe port stayed closed until Wednesday.` },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).report;
  const report = await (await request.get(`/api/v1/reports/${id}`, { headers: editor.headers })).json();
  const claimId = report.sentences[0].claims[0].id;
  expect((await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: reviewer.headers, data: { label: 'single_source', note: '' } })).status()).toBe(200);

  const page = await pageAs('editor');
  await page.goto(`/reports/${id}`);
  await expect(page.getByText('This report has 1 verdict, so it cannot be deleted. Archive it instead')).toBeVisible();
  await page.getByRole('button', { name: 'Archive report' }).click();
  await page.getByLabel('Why archive it (optional, kept in the history)').fill('Superseded by the wire copy');
  await page.getByRole('group', { name: 'Confirm archiving this report' }).getByRole('button', { name: 'Yes, archive report' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This report is archived' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Archived' })).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await page.getByRole('link', { name: 'Show archived reports' }).click();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(item).toContainText('archived');

  await item.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Bring back from the archive' }).click();
  await page.getByRole('group', { name: 'Confirm bringing this report back' }).getByRole('button', { name: 'Yes, bring it back' }).click();
  await expect(page.getByRole('button', { name: 'Archive report' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'This report is archived' })).toHaveCount(0);
  await page.goto('/');
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  await page.goto(`/audit?reportId=${id}`);
  await expect(page.getByText('Superseded by the wire copy')).toBeVisible();
});
