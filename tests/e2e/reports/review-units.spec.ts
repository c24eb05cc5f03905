import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { userWithToken } from '../support/api';
import { e2ePassword } from '../support/cli';
import { signInAs } from '../support/sign-in';

async function importReport(request: import('@playwright/test').APIRequestContext, headers: Record<string, string>, body: string) {
  const response = await request.post('/api/v1/reports', { headers, data: { outlet: 'Test Wire', title: `Units ${randomUUID().slice(0, 8)}`, body } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { report: { id: string; title: string } }).report;
}

test('a reviewer changes a unit kind: it becomes not for review and progress counts only sentences', async ({ page, request }) => {
  const editor = userWithToken('editor');
  const reviewer = userWithToken('reviewer');
  const report = await importReport(request, editor.headers, `First sentence ${randomUUID()}. Second sentence.\n\nPhoto of envoys in Seoul.`);
  await signInAs(page, reviewer.email, e2ePassword);
  await page.goto(`/reports/${report.id}`);
  await expect(page.getByText('3 sentences for review · 0 other units (not for review)')).toBeVisible();

  await page.getByLabel('Kind of unit 3').selectOption('caption');
  await expect(page.getByText('2 sentences for review · 1 other units (not for review)')).toBeVisible();
  const unit = page.getByRole('listitem', { name: 'Unit 3' });
  await expect(unit).toContainText('Caption');
  await expect(unit).toContainText('not for review');
  await expect(page.getByRole('heading', { name: 'Corrected versions' })).toHaveCount(0);
});

test('an editor re-imports a corrected version: annotations move with their sentences and the rest is listed as orphaned', async ({ page, request }) => {
  const editor = userWithToken('editor');
  const marker = randomUUID().slice(0, 8);
  const report = await importReport(request, editor.headers, `Opening sentence ${marker}. A sentence that will be removed. Closing sentence.`);
  await signInAs(page, editor.email, e2ePassword);
  await page.goto(`/reports/${report.id}`);
  await page.getByLabel('Kind of unit 3').selectOption('credit');
  await expect(page.getByRole('listitem', { name: 'Unit 3' })).toContainText('not for review');

  await page.getByLabel('Corrected text').fill(`Opening sentence ${marker}. Closing sentence. A new final sentence.`);
  await page.getByRole('button', { name: 'Re-import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revision 2 saved' })).toHaveText(
    'Revision 2 saved: 2 units re-attached exactly, 0 by similarity, 1 new; 1 units and 1 claims orphaned.',
  );
  await expect(page.getByRole('list', { name: 'Orphaned units' })).toContainText('A sentence that will be removed.');
  await expect(page.getByRole('listitem', { name: 'Unit 2' })).toContainText('Closing sentence.');
  await expect(page.getByRole('listitem', { name: 'Unit 2' })).toContainText('not for review');
  await expect(page.getByText('Revision 2', { exact: false }).first()).toBeVisible();
});
