import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

const fixture = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures', file), 'utf8');

test('an editor creates a story, adds reports and sees their independence; a reviewer sees the story without the editor’s controls', async ({ pageAs, request }) => {
  const marker = randomUUID().slice(0, 8);
  const editor = account('editor');
  const imported = async (outlet: string, body: string, publishedOn: string) => {
    const response = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: `${outlet} ${marker}`, body: `${body}\nFiled ${marker}.\n`, publishedOn } });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { report: { id: string } }).report.id;
  };
  const original = fixture('independence/statement-report-a.txt');
  await imported('Metro Daily', original, '2023-05-02');
  const copyId = await imported('Harbor Now', original.replace('By the Metro desk', 'Staff report'), '2023-05-03');
  const title = `Metro board vote ${marker}`;

  const page = await pageAs('editor');
  await page.getByRole('link', { name: 'Stories' }).click();
  await page.getByLabel('Story title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('No reports in this story yet.')).toBeVisible();

  for (const outlet of ['Metro Daily', 'Harbor Now']) {
    const select = page.getByLabel('Add a report');
    await select.selectOption({ label: (await select.locator('option', { hasText: `${outlet} ${marker}` }).first().textContent()) ?? '' });
    await page.getByRole('button', { name: 'Add to story' }).click();
    await expect(page.getByRole('list', { name: 'Reports' }).getByText(`${outlet} ${marker}`).first()).toBeVisible();
  }
  const pair = page.getByRole('table', { name: "Independence of the story's reports" }).getByRole('row').filter({ hasText: `Harbor Now ${marker}` });
  await expect(pair).toContainText(`Derived: Harbor Now ${marker} from Metro Daily ${marker}`);
  await expect(page.getByRole('link', { name: 'Fact map' })).toHaveAttribute('href', /\/stories\/[0-9a-f-]+\/facts$/);
  const storyUrl = page.url();

  // The report's page names its story.
  await page.goto(`/reports/${copyId}`);
  await expect(page.getByRole('link', { name: title })).toHaveAttribute('href', new URL(storyUrl).pathname);

  const reviewer = await pageAs('bob');
  await reviewer.getByRole('link', { name: 'Stories' }).click();
  await expect(reviewer.getByRole('list', { name: 'Stories' }).getByRole('listitem').filter({ hasText: title })).toContainText('2 reports');
  await expect(reviewer.getByRole('region', { name: 'New story' })).toHaveCount(0);
  await expect(reviewer.getByLabel('Story title')).toHaveCount(0);
  await reviewer.getByRole('link', { name: title }).click();
  await expect(reviewer.getByRole('table', { name: "Independence of the story's reports" }).getByRole('row').filter({ hasText: `Harbor Now ${marker}` })).toContainText('Derived');
  await expect(reviewer.getByRole('button', { name: 'Rename' })).toHaveCount(0);
  await expect(reviewer.getByLabel('Add a report')).toHaveCount(0);
  await expect(reviewer.getByRole('button', { name: /out of the story/ })).toHaveCount(0);
  await expect(reviewer.getByRole('button', { name: 'Save decision' })).toHaveCount(0);
  await reviewer.goto(`/reports/${copyId}`);
  await expect(reviewer.getByText('Move to another story')).toHaveCount(0);

  // An editor takes the copy out of the story from its page.
  await page.getByText('Move to another story').click();
  await page.getByLabel('Story', { exact: true }).selectOption({ label: 'No story' });
  await page.getByRole('button', { name: 'Change story' }).click();
  await expect(page.getByText('In no story')).toBeVisible();
  await page.goto(storyUrl);
  await expect(page.getByRole('list', { name: 'Reports' }).getByRole('listitem')).toHaveCount(1);
});

test('the import form proposes the story whose reports the pasted text resembles', async ({ pageAs }) => {
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('Body text').fill(fixture('stories/seoul-own-words.txt'));
  await page.getByLabel('Body text').blur();
  await expect(page.getByText('Proposed: the text resembles the reports of “Seoul envoys\' meeting, 7 April 2023”.')).toBeVisible();
  await expect(page.locator('#story option:checked')).toHaveText("Seoul envoys' meeting, 7 April 2023");
});
