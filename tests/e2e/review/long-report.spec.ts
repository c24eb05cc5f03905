import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { openSentence } from '../support/review';

const sentenceCount = 10_000;

/** A report of 10,000 sentences for review in paragraphs of ten, with a credit line after every hundred. */
async function importLongReport(request: APIRequestContext) {
  const marker = randomUUID().slice(0, 8);
  const paragraphs: string[] = [];
  for (let first = 1; first <= sentenceCount; first += 10) {
    const sentences = Array.from({ length: 10 }, (_, offset) => `Delegates heard statement ${first + offset} of the long hearing ${marker}.`);
    paragraphs.push(sentences.join(' '));
    if ((first + 9) % 100 === 0) paragraphs.push('hd/ld (AP, Reuters)');
  }
  const response = await request.post('/api/v1/reports', {
    headers: account('editor').headers,
    data: { outlet: 'Hearing Wire', title: `The long hearing ${marker}`, body: paragraphs.join('\n\n') },
    timeout: 120_000,
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { report: { id: string } }).report.id;
}

const statement = (number: number) => new RegExp(`statement ${number} of the long hearing`);

function focusedSentence(page: Page) {
  return page.locator('[data-review-sentence]:focus');
}

let reportId: string;

test.beforeAll(async ({ request }) => {
  reportId = await importLongReport(request);
});

test('a 10,000-sentence report opens on its first sentence and the keys, “go to”, deep links and search reach any sentence', async ({ pageAs }) => {
  test.setTimeout(120_000);
  const page = await pageAs('longReader');
  await page.goto(`/reports/${reportId}`);
  await expect(page.getByText(`0 of ${sentenceCount} sentences reviewed`)).toBeVisible();
  await expect(page.getByText(`${sentenceCount} sentences for review · 100 not for review`)).toBeVisible();
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 1');
  // Only what is near the screen is in the page, whatever the length.
  expect(await page.locator('[data-review-sentence]').count()).toBeLessThan(120);

  for (let press = 0; press < 3; press += 1) await page.keyboard.press('j');
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 4');
  await expect(focusedSentence(page)).toContainText(statement(4));
  await page.keyboard.press('k');
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 3');

  await page.getByLabel('Go to sentence').fill('9000');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 9000');
  await expect(focusedSentence(page)).toContainText(statement(9000));
  await expect(focusedSentence(page)).toBeInViewport();
  await page.keyboard.press('j');
  await expect(focusedSentence(page)).toContainText(statement(9001));

  await page.getByLabel('Find in report').fill('statement 4321 of');
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(page.getByText('Match 1 of 1')).toBeVisible();
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 4321');

  // A link to a sentence (as exports and the address bar give) opens on it, arriving from elsewhere.
  await page.goto('/');
  await page.goto(`/reports/${reportId}#sentence-7500`);
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 7500');
  await expect(focusedSentence(page)).toContainText(statement(7500));
  await expect(focusedSentence(page)).toBeInViewport();
});

test('on a 10,000-sentence report a save counts at once, and the filters find it', async ({ pageAs }) => {
  test.setTimeout(120_000);
  const page = await pageAs('longReader');
  await page.goto(`/reports/${reportId}#sentence-6001`);
  const sentence = await openSentence(page, 'statement 6001 of the long hearing');
  await page.keyboard.press('2');
  await page.keyboard.press('Control+Enter');
  await expect(sentence.getByText('Saved', { exact: true })).toBeVisible();
  // Progress and the sentence's tag change without a reload.
  await expect(page.getByText(`1 of ${sentenceCount} sentences reviewed`)).toBeVisible();
  await page.keyboard.press('j');
  await expect(sentence).toContainText('reviewed');
  await expect(sentence).toContainText('Single-source');

  await page.getByRole('link', { name: 'Single-source' }).click();
  await expect(page.getByRole('link', { name: 'Single-source' })).toHaveAttribute('aria-current', 'page');
  const list = page.getByRole('list', { name: 'Sentences' });
  await expect(list.locator('> li')).toHaveCount(1);
  await expect(list.locator('> li')).toHaveAccessibleName('Sentence 6001');

  await page.getByRole('link', { name: 'Unreviewed' }).click();
  await expect(page.getByRole('link', { name: 'Unreviewed' })).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Go to sentence').fill('6001');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(page.getByText('There is no sentence 6001 for review in this list')).toBeVisible();
  await page.getByLabel('Go to sentence').fill('6002');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 6002');
});

test('keys typed at once after moving on reach the new sentence’s form in order, none taken as a shortcut', async ({ pageAs }) => {
  test.setTimeout(120_000);
  const page = await pageAs('longReader');
  await page.goto(`/reports/${reportId}#sentence-5001`);
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 5001');
  const note = 'Checked: the hearing’s own record, jk';
  // No waiting between the keys: the form of sentence 5002 is still to be built when "2" arrives.
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await page.keyboard.press('n');
  await page.keyboard.type(note);
  await page.keyboard.press('Control+Enter');
  const sentence = page.getByRole('listitem', { name: 'Sentence 5002' });
  await expect(sentence.getByText('Saved', { exact: true })).toBeVisible();
  await expect(sentence.getByRole('textbox', { name: 'Note' })).toHaveValue(note);
  await expect(sentence.getByRole('radio', { name: /Single-source/ })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'Sentence 5002' }).getByRole('textbox', { name: 'Note' })).toHaveValue(note);
});

test('without JavaScript the page shows saved labels and notes, and a label and note can be saved', async ({ pageAs, request }) => {
  const headers = account('noScript').headers;
  const marker = randomUUID().slice(0, 8);
  const created = await request.post('/api/v1/reports', {
    headers: account('editor').headers,
    data: { outlet: 'Plain Wire', title: `No script ${marker}`, body: `The envoys met on Friday ${marker}. They spoke of cyber theft.` },
  });
  const { report, sentences } = (await created.json()) as { report: { id: string }; sentences: { claims: { id: string }[] }[] };
  expect(created.status()).toBe(201);
  const firstClaim = sentences[0]?.claims[0]?.id;
  const saved = await request.put(`/api/v1/claims/${firstClaim}/verdict`, { headers, data: { label: 'single_source', note: 'Only this wire' } });
  expect(saved.status()).toBe(200);

  const page = await pageAs('noScript', { javaScriptEnabled: false });
  await page.goto(`/reports/${report.id}`);
  const first = page.getByRole('listitem', { name: 'Sentence 1' });
  await expect(first.getByRole('radio', { name: /Single-source/ })).toBeChecked();
  await expect(first.getByRole('textbox', { name: 'Note' })).toHaveValue('Only this wire');

  // The second sentence opens by its link, and its form posts to the server.
  await page.getByRole('listitem', { name: 'Sentence 2' }).getByRole('link', { name: 'Open' }).click();
  const second = page.getByRole('listitem', { name: 'Sentence 2' });
  await second.getByRole('radio', { name: /Single-source/ }).check();
  await second.getByRole('textbox', { name: 'Note' }).fill('Said by one outlet');
  await second.getByRole('button', { name: 'Save verdict' }).click();
  await expect(page).not.toHaveURL(/label=|note=/);
  await expect(page.getByRole('listitem', { name: 'Sentence 2' }).getByText('Saved', { exact: true })).toBeVisible();
  await page.goto(`/reports/${report.id}?sentence=2`);
  await expect(second.getByRole('radio', { name: /Single-source/ })).toBeChecked();
  await expect(second.getByRole('textbox', { name: 'Note' })).toHaveValue('Said by one outlet');
  await expect(page.getByText('2 of 2 sentences reviewed')).toBeVisible();
});

test('the link a ClaimReview export gives for a claim opens its sentence with that claim chosen, with or without JavaScript', async ({ pageAs, request }) => {
  test.setTimeout(120_000);
  const headers = account('longReader').headers;
  const listed = await request.get(`/api/v1/reports/${reportId}?cursor=7300&limit=100`, { headers });
  const target = ((await listed.json()) as { sentences: { id: string; text: string }[] }).sentences.find((sentence) => statement(7321).test(sentence.text));
  const words = 'Delegates heard statement 7321';
  const made = await request.post(`/api/v1/sentences/${target?.id}/claims`, { headers, data: { start: 0, end: words.length } });
  expect(made.status()).toBe(201);
  const claimId = ((await made.json()) as { id: string }).id;
  const settled = await request.put(`/api/v1/claims/${claimId}/final`, { headers: account('editor').headers, data: { label: 'single_source', note: 'Only the hearing record' } });
  expect(settled.status()).toBe(200);
  const exported = await request.get(`/api/v1/export?format=claimreview&scope=final&reportId=${reportId}`, { headers: account('editor').headers });
  const reviews = (await exported.json()) as { url: string; claimReviewed: string }[];
  const link = reviews.find((review) => review.claimReviewed === words)?.url ?? '';
  expect(new URL(link).pathname).toBe(`/reports/${reportId}`);

  const page = await pageAs('longReader');
  await page.goto(link);
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 7321');
  await expect(focusedSentence(page).getByRole('tab', { selected: true })).toContainText(words);
  await expect(focusedSentence(page)).toBeInViewport();

  // The same claim named in the address's fragment, as links exported before `?claim=` did.
  await page.goto('/');
  await page.goto(`/reports/${reportId}#claim-${claimId}`);
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 7321');
  await expect(focusedSentence(page).getByRole('tab', { selected: true })).toContainText(words);

  const plain = await pageAs('longReader', { javaScriptEnabled: false });
  await plain.goto(link);
  const row = plain.getByRole('listitem', { name: 'Sentence 7321' });
  await expect(row.getByRole('tab', { selected: true })).toContainText(words);
});
