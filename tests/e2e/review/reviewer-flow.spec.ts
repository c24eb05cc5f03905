import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { openSentence } from '../support/review';

type ReportSentence = { id: string; text: string; claims: { id: string; isDefault: boolean }[] };

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

async function moveTo(request: APIRequestContext, reportId: string, status: 'in_review' | 'in_adjudication' | 'approved', reason?: string) {
  const response = await request.post(`/api/v1/reports/${reportId}/status`, { headers: account('editor').headers, data: { status, reason } });
  expect(response.status()).toBe(200);
}

function wholeSentenceClaim(sentence: ReportSentence | undefined): string {
  const claim = sentence?.claims.find((candidate) => candidate.isDefault);
  expect(claim).toBeDefined();
  return claim?.id ?? '';
}

async function putVerdict(request: APIRequestContext, claimId: string, who: 'flowReviewer' | 'reviewer' | 'editor', verdict: object, kind: 'verdict' | 'final' = 'verdict') {
  const response = await request.put(`/api/v1/claims/${claimId}/${kind}`, { headers: account(who).headers, data: verdict });
  expect(response.status()).toBe(200);
}

const ministrySource = { url: 'https://example.org/ministry-denial', quote: 'No meeting took place on Friday', relation: 'contradicts' };

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

const forumTitle = 'Japan, South Korea, U.S. blast North Korea’s overseas workers, cybercrimes';

test('after linking a suggestion the keys still act on the sentence; Esc leaves the note; a save closes the suggestions', async ({ pageAs }) => {
  const page = await pageAs('flowReviewer');
  await page.getByRole('link', { name: forumTitle }).click();
  const theft = await openSentence(page, 'spy agency said in December 2022');
  await theft.getByRole('button', { name: 'Suggest evidence' }).click();
  await theft.getByRole('list', { name: 'Suggested evidence' }).getByRole('listitem').first().getByRole('button', { name: 'Link as supporting' }).click();
  await expect(theft.getByRole('list', { name: 'Evidence', exact: true }).getByRole('listitem')).toHaveCount(1);

  await page.keyboard.press('1');
  await expect(theft.getByRole('radio', { name: /Corroborated/ })).toBeChecked();
  await page.keyboard.press('n');
  const note = theft.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  await page.keyboard.type('DW has the same figure; j and k are text here.');
  await expect(note).toHaveValue('DW has the same figure; j and k are text here.');
  await page.keyboard.press('Escape');
  await expect(theft).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(theft.getByText('Saved', { exact: true })).toBeVisible();
  await expect(theft.getByRole('list', { name: 'Suggested evidence' })).toHaveCount(0);
});

test('a label and note typed but not saved survive a filter click and a reload, until saved or discarded', async ({ pageAs, request }) => {
  await importReport(request).then(async (report) => {
    const page = await pageAs('flowReviewer');
    await page.goto(`/reports/${report.id}`);
    let first = await openSentence(page, 'The envoys met in Seoul');
    await first.getByRole('radio', { name: /Single-source/ }).check();
    await first.getByRole('textbox', { name: 'Note' }).fill('Only this wire has the day');
    await expect(first.getByText('Not saved yet')).toBeVisible();

    await page.getByRole('link', { name: 'Unreviewed' }).click();
    await expect(page.getByRole('link', { name: 'Unreviewed' })).toHaveAttribute('aria-current', 'page');
    first = await openSentence(page, 'The envoys met in Seoul');
    await expect(first.getByRole('radio', { name: /Single-source/ })).toBeChecked();
    await expect(first.getByRole('textbox', { name: 'Note' })).toHaveValue('Only this wire has the day');

    await page.reload();
    first = await openSentence(page, 'The envoys met in Seoul');
    await expect(first.getByRole('textbox', { name: 'Note' })).toHaveValue('Only this wire has the day');
    await first.getByRole('button', { name: 'Discard changes' }).click();
    await expect(first.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    await expect(first.getByRole('radio', { name: /Single-source/ })).not.toBeChecked();
    await page.reload();
    first = await openSentence(page, 'The envoys met in Seoul');
    await expect(first.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    await expect(page.getByText('0 of 3 sentences reviewed')).toBeVisible();
  });
});

test('when reviewers disagree only on a narrower claim, the sentence opens on that claim and its tab says so', async ({ pageAs, request }) => {
  const report = await importReport(request);
  const editor = account('editor').headers;
  expect((await request.patch(`/api/v1/reports/${report.id}`, { headers: editor, data: { blindReview: false } })).status()).toBe(200);
  const sentenceId = report.sentences[0]?.id;
  const narrow = (await (await request.post(`/api/v1/sentences/${sentenceId}/claims`, { headers: account('flowReviewer').headers, data: { start: 0, end: 10 } })).json()) as { id: string };
  const whole = wholeSentenceClaim(report.sentences[0]);
  const agreeing = { label: 'single_source', note: '' };
  const supported = { label: 'corroborated', note: '', evidence: [{ url: 'https://example.org/other-wire', quote: 'The envoys', relation: 'supports' }] };
  for (const [headers, onNarrow] of [
    [account('flowReviewer').headers, agreeing],
    [account('reviewer').headers, supported],
  ] as const) {
    expect((await request.put(`/api/v1/claims/${whole}/verdict`, { headers, data: agreeing })).status()).toBe(200);
    expect((await request.put(`/api/v1/claims/${narrow.id}/verdict`, { headers, data: onNarrow })).status()).toBe(200);
  }

  const page = await pageAs('editor');
  await page.goto(`/reports/${report.id}`);
  const sentence = await openSentence(page, 'The envoys met in Seoul');
  const tab = sentence.getByRole('tab', { name: /“The envoys”/ });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(tab).toContainText('disagree');
  await expect(sentence.getByRole('tab', { name: /Whole sentence/ })).not.toContainText('disagree');
});

test('once approved, a reviewer sees each final verdict, its basis and who decided in place of “reviewers disagree”; reopened, who reopened it and why', async ({ pageAs, request }) => {
  const report = await importReport(request);
  const [disputed, agreed] = [wholeSentenceClaim(report.sentences[0]), wholeSentenceClaim(report.sentences[1])];
  await putVerdict(request, disputed, 'flowReviewer', { label: 'single_source', note: '' });
  await putVerdict(request, disputed, 'reviewer', { label: 'disputed', note: '', evidence: [ministrySource] });
  for (const who of ['flowReviewer', 'reviewer'] as const) await putVerdict(request, agreed, who, { label: 'single_source', note: 'Only this wire' });
  // Completing shows the reviewer the others' verdicts, and so the disagreement.
  expect((await request.post(`/api/v1/reports/${report.id}/completion`, { headers: account('flowReviewer').headers })).status()).toBe(200);
  const page = await pageAs('flowReviewer');
  await page.goto(`/reports/${report.id}`);
  await expect(page.getByRole('listitem', { name: 'Sentence 1' }).getByText('reviewers disagree')).toBeVisible();

  await moveTo(request, report.id, 'in_adjudication');
  await putVerdict(request, disputed, 'editor', { label: 'disputed', note: 'The ministry denies the meeting', evidence: [ministrySource] }, 'final');
  await moveTo(request, report.id, 'approved');
  await page.reload();
  const first = await openSentence(page, 'The envoys met in Seoul');
  const final = first.getByRole('region', { name: 'Final verdict' });
  await expect(final).toContainText('Disputed');
  await expect(final).toContainText(`set by an editor, decided by ${account('editor').name}`);
  await expect(final).toContainText('The ministry denies the meeting');
  await expect(final.getByRole('list', { name: 'Evidence' })).toContainText('No meeting took place on Friday');
  await expect(page.getByText('reviewers disagree')).toHaveCount(0);

  const second = page.getByRole('listitem', { name: 'Sentence 2' });
  await expect(second).toContainText('Final: Single-source');
  await openSentence(page, 'They discussed the missile tests.');
  await expect(second.getByRole('region', { name: 'Final verdict' })).toContainText('reviewers agreed');
  await expect(page.getByRole('listitem', { name: 'Sentence 1' })).toContainText('Final: Disputed');
  await expect(page.getByText('reviewers disagree')).toHaveCount(0);

  await moveTo(request, report.id, 'in_review', 'The ministry has since confirmed the meeting');
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'reopened this report after approval' });
  await expect(notice).toContainText(account('editor').name);
  await expect(notice).toContainText('The ministry has since confirmed the meeting');
  await expect(page.getByRole('region', { name: 'Final verdict' })).toHaveCount(0);
  await expect(page.getByText(/^Final: /)).toHaveCount(0);
});

test('before approval a blind reviewer sees no final verdict, while the editor settling it does', async ({ pageAs, request }) => {
  const report = await importReport(request);
  const claimId = wholeSentenceClaim(report.sentences[0]);
  await putVerdict(request, claimId, 'flowReviewer', { label: 'single_source', note: '' });
  await moveTo(request, report.id, 'in_adjudication');
  await putVerdict(request, claimId, 'editor', { label: 'disputed', note: 'Settled before approval', evidence: [ministrySource] }, 'final');

  const reviewerPage = await pageAs('flowReviewer');
  await reviewerPage.goto(`/reports/${report.id}`);
  await openSentence(reviewerPage, 'The envoys met in Seoul');
  await expect(reviewerPage.getByText('They discussed the missile tests.')).toBeVisible();
  await expect(reviewerPage.getByRole('region', { name: 'Final verdict' })).toHaveCount(0);
  await expect(reviewerPage.getByText('Settled before approval')).toHaveCount(0);
  await expect(reviewerPage.getByText(/^Final: /)).toHaveCount(0);

  const editorPage = await pageAs('editor');
  await editorPage.goto(`/reports/${report.id}`);
  const first = await openSentence(editorPage, 'The envoys met in Seoul');
  await expect(first.getByRole('region', { name: 'Final verdict' })).toContainText('Settled before approval');
});

test('a reviewer whose review an editor reopened is told who reopened it, when and why', async ({ pageAs, request }) => {
  const report = await importReport(request);
  const reviewer = account('flowReviewer');
  expect((await request.post(`/api/v1/reports/${report.id}/completion`, { headers: reviewer.headers })).status()).toBe(200);
  const reopened = await request.post(`/api/v1/reports/${report.id}/completion/${reviewer.id}/reopen`, {
    headers: account('editor').headers,
    data: { reason: 'Please check the date against the ministry' },
  });
  expect(reopened.status()).toBe(200);

  const page = await pageAs('flowReviewer');
  await page.goto(`/reports/${report.id}`);
  const notice = page.getByRole('status').filter({ hasText: 'reopened your review' });
  await expect(notice).toContainText(account('editor').name);
  await expect(notice).toContainText('UTC');
  await expect(notice).toContainText('Please check the date against the ministry');
});
