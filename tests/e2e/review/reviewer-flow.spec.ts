import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { openSentence } from '../support/review';

type ReportSentence = { id: string; text: string };

/** A small report of three body sentences, imported by the editor, so each test starts from a clean one. */
async function importReport(request: APIRequestContext) {
  const marker = randomUUID().slice(0, 8);
  const body = `The envoys met in Seoul on Friday ${marker}. They discussed the missile tests. A joint statement followed.`;
  const response = await request.post('/api/v1/reports', { headers: account('editor').headers, data: { outlet: 'Flow Wire', title: `Flow ${marker}`, body } });
  expect(response.status()).toBe(201);
  const { report } = (await response.json()) as { report: { id: string } };
  const read = await request.get(`/api/v1/reports/${report.id}`, { headers: account('editor').headers });
  return { id: report.id, sentences: ((await read.json()) as { sentences: ReportSentence[] }).sentences };
}

async function moveTo(request: APIRequestContext, reportId: string, status: 'in_adjudication' | 'approved') {
  const response = await request.post(`/api/v1/reports/${reportId}/status`, { headers: account('editor').headers, data: { status } });
  expect(response.status()).toBe(200);
}

const forReview = (count: number) => `${count} sentences for review · ${3 - count} not for review`;

test('Enter in the outside source’s URL or quoted text adds the source and does not save the verdict', async ({ pageAs, request }) => {
  const report = await importReport(request);
  const page = await pageAs('flowReviewer');
  await page.goto(`/reports/${report.id}`);
  const sentence = page.getByRole('listitem', { name: 'Sentence 1' });
  await sentence.getByRole('radio', { name: /Corroborated/ }).check();
  await sentence.getByText('Add an outside source').click();

  await sentence.getByRole('textbox', { name: 'Source URL' }).fill('https://example.org/seoul-talks');
  await sentence.getByRole('textbox', { name: 'Quoted text' }).fill('The envoys met on Friday');
  await sentence.getByRole('textbox', { name: 'Quoted text' }).press('Enter');
  const evidence = sentence.getByRole('list', { name: 'Evidence' });
  await expect(evidence.getByRole('listitem')).toHaveCount(1);
  await expect(evidence).toContainText('The envoys met on Friday');
  await expect(sentence.getByRole('textbox', { name: 'Quoted text' })).toHaveValue('');
  await expect(sentence.getByRole('textbox', { name: 'Source URL' })).toHaveValue('');

  await sentence.getByRole('textbox', { name: 'Quoted text' }).fill('They discussed the tests');
  await sentence.getByRole('textbox', { name: 'Source URL' }).fill('https://example.org/missiles');
  await sentence.getByRole('textbox', { name: 'Source URL' }).press('Enter');
  await expect(evidence.getByRole('listitem')).toHaveCount(2);
  await expect(evidence).toContainText('They discussed the tests');
  await expect(sentence.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);

  await sentence.getByRole('button', { name: 'Save verdict' }).click();
  await expect(sentence.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(evidence.getByRole('listitem')).toHaveCount(2);
  await expect(evidence).toContainText('https://example.org/seoul-talks');
  await expect(evidence).toContainText('https://example.org/missiles');
});

test('the outside source’s fields are styled like the form’s other fields', async ({ pageAs, request }) => {
  const report = await importReport(request);
  const page = await pageAs('flowReviewer');
  await page.goto(`/reports/${report.id}`);
  const sentence = page.getByRole('listitem', { name: 'Sentence 1' });
  await sentence.getByText('Add an outside source').click();
  const note = sentence.getByRole('textbox', { name: 'Note' });
  for (const field of [
    sentence.getByRole('textbox', { name: 'Source URL' }),
    sentence.getByRole('textbox', { name: 'Quoted text' }),
    sentence.getByRole('combobox', { name: 'Relation' }),
  ]) {
    for (const property of ['border-radius', 'border-top-color', 'padding-left', 'font-size']) {
      await expect(field).toHaveCSS(property, await note.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property));
    }
  }
});

test('the kind dropdown only stages a choice: arrow keys change nothing, “Change kind” commits it and “Undo” restores it', async ({ pageAs, request }) => {
  const report = await importReport(request);
  const page = await pageAs('flowReviewer');
  await page.goto(`/reports/${report.id}`);
  const sentence = page.getByRole('listitem', { name: 'Sentence 1' });
  const kind = page.getByRole('combobox', { name: 'Kind of sentence 1' });

  await sentence.focus();
  await page.keyboard.press('Tab');
  await expect(kind).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(sentence.getByRole('group', { name: 'Change the kind of sentence 1' })).toBeVisible();
  await page.reload();
  await expect(page.getByText(forReview(3))).toBeVisible();
  await expect(kind).toHaveValue('body');

  await kind.selectOption('caption');
  await sentence.getByRole('button', { name: 'Cancel' }).click();
  await expect(kind).toHaveValue('body');
  await expect(sentence.getByRole('group', { name: 'Change the kind of sentence 1' })).toHaveCount(0);

  await kind.selectOption('headline');
  await expect(sentence.getByRole('group', { name: 'Change the kind of sentence 1' })).toContainText('leaves review');
  await sentence.getByRole('button', { name: 'Change kind' }).click();
  await expect(page.getByText(forReview(2))).toBeVisible();
  // The headline leaves review: the next sentence is now sentence 1, and the headline is folded with the lines not for review.
  await expect(sentence).toContainText('They discussed the missile tests.');
  await page.getByRole('button', { name: '1 line not for review (Headline) — show' }).click();
  const headline = page.getByRole('listitem', { name: 'Line 1, not for review' });
  await expect(headline.getByRole('status')).toContainText('Line 1 is now a headline');

  await headline.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(forReview(3))).toBeVisible();
  await expect(sentence).toContainText('The envoys met in Seoul on Friday');
  await expect(sentence.getByRole('radiogroup', { name: 'Verdict' })).toBeVisible();
  await expect(kind).toHaveValue('body');
  await expect(sentence.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('on a report in adjudication or approved, the kind control and “Remove” are disabled for whoever cannot use them, saying why', async ({ pageAs, request }) => {
  const report = await importReport(request);
  const claimed = await request.post(`/api/v1/sentences/${report.sentences[0]?.id}/claims`, { headers: account('flowReviewer').headers, data: { start: 0, end: 10 } });
  expect(claimed.status()).toBe(201);
  await moveTo(request, report.id, 'in_adjudication');
  const reviewerPage = await pageAs('flowReviewer');
  await reviewerPage.goto(`/reports/${report.id}`);
  await openSentence(reviewerPage, 'They discussed the missile tests.');
  const reviewerKind = reviewerPage.getByRole('combobox', { name: 'Kind of sentence 2' });
  await expect(reviewerKind).toBeDisabled();
  await expect(reviewerKind).toHaveAccessibleDescription('In adjudication only editors and admins can change a sentence’s kind.');
  await expect(reviewerPage.getByRole('listitem', { name: 'Sentence 2' }).getByText('In adjudication only editors and admins')).toBeVisible();
  await openSentence(reviewerPage, 'The envoys met in Seoul');
  const remove = reviewerPage.getByRole('button', { name: 'Remove claim “The envoys”' });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription('In adjudication reviewers’ claims cannot change until an editor moves the report back to review.');

  const editorPage = await pageAs('editor');
  await editorPage.goto(`/reports/${report.id}`);
  await openSentence(editorPage, 'They discussed the missile tests.');
  await expect(editorPage.getByRole('combobox', { name: 'Kind of sentence 2' })).toBeEnabled();

  await moveTo(request, report.id, 'approved');
  await editorPage.reload();
  await openSentence(editorPage, 'They discussed the missile tests.');
  const editorKind = editorPage.getByRole('combobox', { name: 'Kind of sentence 2' });
  await expect(editorKind).toBeDisabled();
  await expect(editorKind).toHaveAccessibleDescription('Approved and locked: an editor must reopen the report to change a sentence’s kind.');
});
