import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

test('an editor deletes a bad import after confirming: it leaves the list, and its history stays', async ({ pageAs, request }) => {
  const marker = randomUUID().slice(0, 8);
  const editor = account('editor');
  const created = await request.post('/api/v1/reports', {
    headers: editor.headers,
    data: { outlet: 'Bad Import Wire', title: `Markup kept as text ${marker}`, body: `<!DOCTYPE html><html><body><p>Kept as text ${marker}.</p></body></html>` },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).report;

  const page = await pageAs('editor');
  await page.goto(`/reports/${id}`);
  await page.getByRole('button', { name: 'Delete report' }).click();
  await page.getByLabel('Why delete it (optional, kept in the history)').fill('Imported as markup');
  await page.getByRole('group', { name: 'Confirm deleting this report' }).getByRole('button', { name: 'Yes, delete report' }).click();

  await expect(page.getByRole('status')).toContainText(`Report “Markup kept as text ${marker}” was deleted.`);
  await expect(page.getByRole('link', { name: `Markup kept as text ${marker}` })).toHaveCount(0);
  expect((await request.get(`/api/v1/reports/${id}`, { headers: editor.headers })).status()).toBe(404);
  await page.getByRole('link', { name: 'history' }).click();
  await expect(page.getByText('Imported as markup')).toBeVisible();
});
