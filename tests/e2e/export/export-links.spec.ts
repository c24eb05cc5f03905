import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { listedReport } from '../support/listed-report';

const title = `Envoys weigh the worker ban ${Date.now()}`;
const words = 'They urged all countries';
const body = [
  'The envoys of the United States, South Korea and Japan met in Seoul on Friday.',
  `${words} to send North Korean workers home by the end of the year.`,
  'The meeting ended without a joint statement.',
].join('\n\n');

function focusedSentence(page: Page) {
  return page.locator('[data-review-sentence]:focus');
}

async function download(page: Page, format: RegExp) {
  await page.getByRole('radiogroup', { name: 'Report' }).getByRole('radio', { name: listedReport(title, 'Link Wire') }).check();
  await page.getByRole('group', { name: 'Format' }).getByRole('radio', { name: format }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  return (await readFile(await file.path())).toString('utf8');
}

test('a claim’s link in a downloaded HTML or annotations export opens its sentence, by the number the export gives, with that claim chosen', async ({ pageAs, request }) => {
  const editor = account('editor');
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Link Wire', title, body } });
  expect(created.status()).toBe(201);
  const { report, sentences } = (await created.json()) as { report: { id: string }; sentences: { id: string; text: string }[] };
  const target = sentences.find((sentence) => sentence.text.startsWith(words));
  const made = await request.post(`/api/v1/sentences/${target?.id}/claims`, { headers: editor.headers, data: { start: 0, end: words.length } });
  expect(made.status()).toBe(201);
  const claimId = ((await made.json()) as { id: string }).id;
  expect((await request.put(`/api/v1/claims/${claimId}/final`, { headers: editor.headers, data: { label: 'single_source', note: 'Only the envoys say so' } })).status()).toBe(200);

  const page = await pageAs('editor');
  await page.goto(`/export?reportId=${report.id}`);
  const html = await download(page, /^HTML/);
  const annotations = JSON.parse(await download(page, /^W3C Web Annotations/)) as { first: { items: { body: { purpose: string; source?: string; label?: string }[] }[] } };

  // The downloaded report, read in the browser: the claim's sentence is numbered as the workspace numbers it, and its link opens it there.
  const reader = await pageAs('editor');
  await reader.setContent(html);
  const item = reader.getByRole('listitem').filter({ hasText: words }).filter({ has: reader.getByRole('link', { name: 'Open this claim in the review server' }) }).last();
  await expect(item).toHaveAttribute('value', '2');
  await item.getByRole('link', { name: 'Open this claim in the review server' }).last().click();
  await expect(reader).toHaveURL(new RegExp(`/reports/${report.id}\\?claim=${claimId}#claim-${claimId}$`));
  await expect(focusedSentence(reader)).toHaveAccessibleName('Sentence 2');
  await expect(focusedSentence(reader).getByRole('tab', { selected: true })).toContainText(words);

  const claimBody = annotations.first.items.flatMap((annotation) => annotation.body).find((part) => part.purpose === 'identifying' && part.source?.includes(claimId));
  expect(claimBody?.label).toBe('sentence 2');
  await page.goto('/');
  await page.goto(claimBody?.source ?? '');
  await expect(focusedSentence(page)).toHaveAccessibleName('Sentence 2');
  await expect(focusedSentence(page).getByRole('tab', { selected: true })).toContainText(words);
});
