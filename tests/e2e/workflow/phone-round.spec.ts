import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { listedReport } from '../support/listed-report';
import { openSentence } from '../support/review';

// The whole review round on a phone-sized screen: an editor assigns two reviewers, both review,
// the editor settles their disagreement with "Use this verdict", approves, exports and reads the
// history; nothing is typed twice and no page scrolls sideways.
const phone = { viewport: { width: 390, height: 844 } };

async function expectFits(page: Page, where: string) {
  const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(extra, `${where} is ${extra} px wider than the screen`).toBeLessThanOrEqual(0);
}

type Contradiction = { url: string; quote: string };

async function review(page: Page, title: string, labels: [string, RegExp, Contradiction?][]) {
  await page.getByRole('list', { name: 'Assigned to you' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expectFits(page, 'the review page');
  for (const [text, label, contradiction] of labels) {
    const row = await openSentence(page, text);
    await row.getByRole('radio', { name: label }).check();
    if (contradiction) {
      await row.getByText('Add an outside source').click();
      await row.getByRole('textbox', { name: 'Source URL' }).fill(contradiction.url);
      await row.getByRole('textbox', { name: 'Quoted text' }).fill(contradiction.quote);
      await row.getByLabel('Relation').selectOption('contradicts');
      await row.getByRole('button', { name: 'Add source' }).click();
      await expect(row.getByRole('list', { name: 'Evidence' })).toContainText(contradiction.quote);
    }
    await row.getByRole('button', { name: 'Save verdict' }).click();
    await expect(row.getByText('Saved', { exact: true })).toBeVisible();
  }
  await expectFits(page, 'the review page with a verdict form open');
  await page.getByRole('button', { name: 'Mark my review complete' }).click();
  await expect(page.getByText('You marked your review complete')).toBeVisible();
}

test('an editor and two reviewers run the whole round on a 390 px phone screen, without retyping anything', async ({ pageAs, request }) => {
  // Three people's sessions and a dozen pages, one after another.
  test.setTimeout(120_000);
  const marker = randomUUID().slice(0, 8);
  const title = `Ferry service resumes ${marker}`;
  const [strikeText, ferryText] = ['Ferry crews in Portmere ended their strike on Monday.', 'The first ferry left the harbour at noon.'];
  const [editor, alice, bob] = [account('editor'), account('alice'), account('bob')];
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Phone Wire', title, body: `${strikeText} ${ferryText}` } });
  expect(created.status()).toBe(201);
  const { report } = await created.json();

  const desk = await pageAs('editor', phone);
  await desk.goto(`/reports/${report.id}`);
  const workflow = desk.getByRole('region', { name: 'Workflow' });
  for (const reviewer of [alice, bob]) {
    await workflow.getByLabel('Reviewer to assign').selectOption({ label: `${reviewer.name} (reviewer)` });
    await workflow.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(workflow.getByRole('list', { name: 'Assigned reviewers' })).toContainText(reviewer.name);
  }
  await expectFits(desk, 'the report page');

  await review(await pageAs('alice', phone), title, [
    [strikeText, /Single-source/],
    [ferryText, /Single-source/],
  ]);
  await review(await pageAs('bob', phone), title, [
    [strikeText, /Disputed/, { url: 'https://portmere.example.org/ferries', quote: 'Crews voted on Tuesday to end the strike' }],
    [ferryText, /Single-source/],
  ]);

  // The editor settles the one disagreement by taking Bob's verdict; the agreed claim settles on approval.
  await desk.reload();
  await workflow.getByRole('button', { name: 'Start adjudication' }).click();
  await expect(desk.getByText('In adjudication').first()).toBeVisible();
  await workflow.getByRole('link', { name: 'Adjudication', exact: true }).click();
  await expectFits(desk, 'the adjudication page');
  const conflict = desk.getByRole('list', { name: /^Open/ }).getByRole('listitem').filter({ hasText: strikeText }).first();
  await conflict.getByRole('article', { name: `Verdict of ${bob.name}` }).getByRole('button', { name: /Use this verdict/ }).click();
  await expect(conflict.getByRole('radio', { name: /Disputed/ })).toBeChecked();
  await expect(conflict.locator('form')).toContainText('Crews voted on Tuesday to end the strike');
  await conflict.getByRole('button', { name: 'Save final verdict' }).click();
  await expect(desk.getByText('Nothing left to settle.')).toBeVisible();
  await desk.getByRole('button', { name: 'Approve report' }).click();
  await expect(desk.getByText('Approved', { exact: true }).first()).toBeVisible();
  await expectFits(desk, 'the approved adjudication page');

  // The export, picked from the list by the report's name.
  await desk.goto('/export');
  await desk.getByRole('radiogroup', { name: 'Report' }).getByRole('radio', { name: listedReport(title, 'Phone Wire') }).check();
  await desk.getByRole('radio', { name: /^CSV/ }).check();
  await expectFits(desk, 'the export page');
  const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByRole('button', { name: 'Download' }).click()]);
  const csv = (await readFile(await download.path())).toString('utf8');
  expect(csv).toContain(strikeText);
  expect(csv).toContain('disputed');

  // The history tells the round in the desk's words.
  await desk.goto(`/audit?reportId=${report.id}`);
  await expectFits(desk, 'the audit history');
  const events = desk.getByRole('list', { name: 'Audit events' });
  await expect(events).toContainText(`${editor.name} approved ${title}`);
  await expect(events).toContainText(`${editor.name} settled Phone Wire sentence 1 as Disputed, using ${bob.name}’s verdict, citing portmere.example.org`);
  await expect(events).toContainText(`${editor.name} settled Phone Wire sentence 2 as Single-source, as the reviewers agreed`);
  await expect(events).toContainText(`${bob.name} labelled Phone Wire sentence 1 Disputed, citing portmere.example.org`);
  await expect(events).toContainText(`${editor.name} assigned ${alice.name} to ${title}`);
});
