import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { openSentence } from '../support/review';

async function importReport(request: import('@playwright/test').APIRequestContext, headers: Record<string, string>, body: string) {
  const response = await request.post('/api/v1/reports', { headers, data: { outlet: 'Test Wire', title: `Units ${randomUUID().slice(0, 8)}`, body } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { report: { id: string; title: string } }).report;
}

test('a reviewer changes a sentence’s kind: it becomes not for review and progress counts only sentences', async ({ pageAs, request }) => {
  const report = await importReport(request, account('editor').headers, `First sentence ${randomUUID()}. Second sentence.\n\nPhoto of envoys in Seoul.`);
  const page = await pageAs('reviewer');
  await page.goto(`/reports/${report.id}`);
  await expect(page.getByText('3 sentences for review · 0 not for review (headlines, datelines, captions, credits, page furniture)')).toBeVisible();

  await openSentence(page, 'Photo of envoys in Seoul.');
  await page.getByLabel('Kind of sentence 3').selectOption('caption');
  await page.getByRole('group', { name: 'Change the kind of sentence 3' }).getByRole('button', { name: 'Change kind' }).click();
  await expect(page.getByText('2 sentences for review · 1 not for review (headlines, datelines, captions, credits, page furniture)')).toBeVisible();
  await expect(page.getByText('0 of 2 sentences reviewed')).toBeVisible();
  // Lines not for review are folded into one line until shown.
  await page.getByRole('button', { name: '1 line not for review (Caption) — show' }).click();
  const captioned = page.getByRole('listitem', { name: 'Line 3, not for review' });
  await expect(captioned).toContainText('Photo of envoys in Seoul.');
  await expect(captioned).toContainText('Caption');
  await expect(captioned).toContainText('not for review');
  await expect(page.getByRole('heading', { name: 'Corrected versions' })).toHaveCount(0);
});

test('an editor re-imports a corrected version: annotations move with their sentences and the rest is listed as orphaned', async ({ pageAs, request }) => {
  const marker = randomUUID().slice(0, 8);
  const report = await importReport(request, account('editor').headers, `Opening sentence ${marker}. A sentence that will be removed. Closing sentence.`);
  const page = await pageAs('editor');
  await page.goto(`/reports/${report.id}`);
  await openSentence(page, 'Closing sentence.');
  await page.getByLabel('Kind of sentence 3').selectOption('credit');
  await page.getByRole('group', { name: 'Change the kind of sentence 3' }).getByRole('button', { name: 'Change kind' }).click();
  await expect(page.getByRole('button', { name: '1 line not for review (Credit) — show' })).toBeVisible();

  await page.getByLabel('Corrected text').fill(`Opening sentence ${marker}. Closing sentence. A new final sentence.`);
  await page.getByRole('button', { name: 'Re-import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revision 2 saved' })).toHaveText(
    'Revision 2 saved: 2 sentences re-attached exactly, 0 by similarity, 1 new; 1 sentence and 1 claim orphaned.',
  );
  await expect(page.getByRole('list', { name: 'Orphaned sentences' })).toContainText('A sentence that will be removed.');
  await page.getByRole('button', { name: '1 line not for review (Credit) — show' }).click();
  await expect(page.getByRole('listitem', { name: 'Line 2, not for review' })).toContainText('Closing sentence.');
  await expect(page.getByText('Revision 2', { exact: false }).first()).toBeVisible();
});

test('HTML pasted as a corrected version is converted to its text first, so no markup becomes sentences', async ({ pageAs, request }) => {
  const marker = randomUUID().slice(0, 8);
  const report = await importReport(request, account('editor').headers, `Opening sentence ${marker}. Closing sentence.`);
  const page = await pageAs('editor');
  await page.goto(`/reports/${report.id}`);
  await page
    .getByLabel('Corrected text')
    .fill(`<!doctype html><html><head><script>var ad = 1;</script></head><body><nav><a href="/">Home</a></nav><p>Opening sentence ${marker}. Closing sentence. A new final sentence.</p></body></html>`);
  const revision = page.getByRole('form', { name: 'Import a corrected version' });
  await expect(revision.getByRole('status')).toContainText('Converted from HTML');
  await expect(page.getByLabel('Corrected text')).toHaveValue(`Opening sentence ${marker}. Closing sentence. A new final sentence.`);
  await page.getByRole('button', { name: 'Re-import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revision 2 saved' })).toHaveText(
    'Revision 2 saved: 2 sentences re-attached exactly, 0 by similarity, 1 new; 0 sentences and 0 claims orphaned.',
  );
  await expect(page.getByRole('list', { name: 'Sentences' })).not.toContainText('ad = 1');
});
