import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

test('an editor dismisses what a corrected version orphaned: it leaves the list, and stays gone after a reload', async ({ pageAs, request }) => {
  // In parentheses: a bare marker ending in "ca" or "cf" would read as an abbreviation and join two sentences.
  const marker = randomUUID().slice(0, 8);
  const created = await request.post('/api/v1/reports', {
    headers: account('editor').headers,
    data: { outlet: 'Test Wire', title: `Orphans ${marker}`, body: `Opening sentence (${marker}). A sentence that will be cut. Closing sentence.` },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).report;
  const page = await pageAs('editor');
  await page.goto(`/reports/${id}`);
  await page.getByLabel('Corrected text').fill(`Opening sentence (${marker}). Closing sentence.`);
  await page.getByRole('button', { name: 'Re-import' }).click();
  const orphanedSentences = page.getByRole('list', { name: 'Orphaned sentences' });
  await expect(orphanedSentences).toContainText('A sentence that will be cut.');

  await orphanedSentences.getByRole('button', { name: 'Dismiss orphaned sentence “A sentence that will be cut.”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dismissed' })).toHaveText('Dismissed 1 orphaned sentence.');
  await expect(orphanedSentences).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Orphaned sentences' })).toHaveCount(0);
  // Its whole-sentence claim was orphaned with it and is still listed, until dismissed too.
  await expect(page.getByRole('list', { name: 'Orphaned claims' })).toContainText('A sentence that will be cut.');

  await page.getByRole('button', { name: 'Dismiss all orphans' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dismissed' })).toHaveText('Dismissed 1 orphaned claim.');
  await page.reload();
  await expect(page.getByText('Nothing is orphaned.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Orphaned claims' })).toHaveCount(0);
});
