import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { account } from '../support/accounts';
import { createStory } from '../support/cli';
import { expect, test } from '../support/fixtures';

const fixture = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/independence', file), 'utf8');

test('a reader sees a reworded copy found by its text; an editor overrides it, sees the computed reason beside, and goes back to it', async ({ pageAs, request }) => {
  const marker = randomUUID().slice(0, 8);
  const editor = account('editor');
  const original = fixture('statement-report-a.txt');
  const copy = original.replace('By the Metro desk', 'Staff report').replace('told on Tuesday', 'instructed on Tuesday');
  const imported = async (outlet: string, body: string, publishedOn: string) => {
    const response = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: `${outlet} ${marker}`, body: `${body}\nFiled ${marker}.\n`, publishedOn } });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { report: { id: string } }).report.id;
  };
  const ids = [await imported('Metro Daily', original, '2023-05-02'), await imported('Harbor Now', copy, '2023-05-03'), await imported('Coast Herald', fixture('statement-report-b.txt'), '2023-05-02')];
  const storyId = createStory(ids);
  const pairRow = (page: import('@playwright/test').Page, a: string, b: string) =>
    page.getByRole('table', { name: "Independence of the story's reports" }).getByRole('row').filter({ hasText: `${a} ${marker}` }).filter({ hasText: `${b} ${marker}` });

  const reader = await pageAs('bob');
  await reader.goto(`/stories/${storyId}`);
  const copied = pairRow(reader, 'Metro Daily', 'Harbor Now');
  await expect(copied).toContainText(`Derived: Harbor Now ${marker} from Metro Daily ${marker}`);
  await expect(copied).toContainText(/Text reuse: \d+% of Harbor Now .+’s unquoted wording recurs in Metro Daily .+ in runs of 8\+ words/);
  await expect(pairRow(reader, 'Metro Daily', 'Coast Herald')).toContainText('Independent');
  await expect(reader.getByRole('button', { name: 'Save decision' })).toHaveCount(0);

  const page = await pageAs('editor');
  await page.goto(`/stories/${storyId}`);
  const row = pairRow(page, 'Metro Daily', 'Harbor Now');
  await row.getByLabel(/^Relation of /).selectOption({ label: 'Independent' });
  await row.getByLabel('Reason (optional, kept in the history)').fill('Both rewrote the board’s release');
  await row.getByRole('button', { name: 'Save decision' }).click();
  await expect(row.getByRole('cell').nth(0)).toHaveText('Independent');
  await expect(row).toContainText('Editor: An editor decided these reports are independent: Both rewrote the board’s release');
  await expect(row).toContainText(`Computed: Derived: Harbor Now ${marker} from Metro Daily ${marker}`);

  await row.getByLabel(/^Relation of /).selectOption({ label: 'Use computed' });
  await row.getByRole('button', { name: 'Save decision' }).click();
  await expect(row.getByRole('cell').nth(0)).toHaveText(`Derived: Harbor Now ${marker} from Metro Daily ${marker}`);
  await expect(row).not.toContainText('Editor:');

  await page.goto(`/audit?reportId=${[ids[0], ids[1]].sort()[0]}`);
  await expect(page.getByText('Both rewrote the board’s release').first()).toBeVisible();
});
