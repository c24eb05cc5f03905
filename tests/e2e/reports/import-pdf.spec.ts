import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { floodReportParagraphs, floodReportPdf } from '../../support/flood-report-pdf';
import { drawingOnlyPdf, paddedPdf } from '../../support/report-pdf';

const tag = () => randomUUID().slice(0, 8);

test('an editor uploads a PDF, checks the text taken from it in Body text, imports it and sees its sentences', async ({ pageAs }) => {
  const marker = tag();
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('Outlet').fill('Ministry of Water');
  await page.getByLabel('Title').fill(`Flood report ${marker}`);
  await page.getByLabel('Upload a .txt, .html or .pdf file').setInputFiles({ name: 'flood-report.pdf', mimeType: 'application/pdf', buffer: await floodReportPdf(marker) });

  await expect(page.getByText('Text taken from the PDF (3 pages; running headers, footers and page numbers left out). Check it before importing.')).toBeVisible();
  await expect(page.getByLabel('Body text')).toHaveValue(floodReportParagraphs(marker).join('\n\n'));
  await page.getByRole('button', { name: 'Import report' }).click();

  await expect(page.getByRole('heading', { name: `Flood report ${marker}` })).toBeVisible();
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await expect(sentences.getByRole('listitem', { name: 'Sentence 1', exact: true })).toContainText('The river rose two metres overnight and rescue teams arrived at dawn, officials said.');
  await expect(sentences.getByRole('listitem', { name: 'Sentence 2', exact: true })).toContainText('The ministry called it an international emergency on Friday');
  await expect(sentences.getByRole('listitem', { name: 'Sentence 3', exact: true })).toContainText('A well-known bridge was closed there.');
  await expect(sentences.getByRole('listitem', { name: 'Sentence 10', exact: true })).toContainText('Volunteers filled sandbags through the night at the depot on Mill Lane.');
  await expect(sentences).not.toContainText('Page 2 of 3');
  await expect(sentences).not.toContainText('Flood report 2024');
});

test('a PDF without text is refused on Body text, which stays empty', async ({ pageAs }) => {
  const page = await pageAs('editor');
  await page.goto('/reports/new');
  await page.getByLabel('Upload a .txt, .html or .pdf file').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: await drawingOnlyPdf() });
  await expect(page.getByText('This PDF has no text to import (a scanned image? Paste its text instead)')).toBeVisible();
  await expect(page.getByLabel('Body text')).toHaveValue('');
});

test('the API takes a PDF of nearly 5 MB in base64 through the whole server', async ({ request }) => {
  const marker = tag();
  const pdf = await paddedPdf(5 * 1024 * 1024 - 4_000, `A large PDF ${marker} holds one sentence.`);

  const response = await request.post('/api/v1/reports', { headers: account('editor').headers, data: { outlet: 'Large Wire', bodyFormat: 'pdf', body: pdf.toString('base64') } });
  expect(response.status()).toBe(201);
  expect((await response.json()).sentences).toMatchObject([{ kind: 'body', text: `A large PDF ${marker} holds one sentence.` }]);
});
