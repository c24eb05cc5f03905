import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { listedReport } from '../support/listed-report';

const title = `Envoys press for worker ban ${Date.now()}`;
const body = [
  'The envoys of the United States, South Korea and Japan met in Seoul on Friday.',
  'They urged all countries to send North Korean workers home.',
].join('\n\n');
const markupNote = '<img src=x onerror="document.title=1"> =1+1';

const expectedContent: Record<string, (text: string) => void> = {
  csv: (text) => {
    expect(text.split('\r\n')[0]).toMatch(/^report,outlet,report_url,sentence_number,claim_id,claim,verdict,label/);
    expect(text).toContain(title);
  },
  json: (text) => expect(JSON.parse(text)).toMatchObject({ format: 'factcheck-verdict-export', scope: 'final' }),
  claimreview: (text) => expect(JSON.parse(text)[0]).toMatchObject({ '@type': 'ClaimReview' }),
  annotations: (text) => expect(JSON.parse(text)).toMatchObject({ type: 'AnnotationCollection' }),
  html: (text) => expect(text).toContain('<h2>Summary</h2>'),
  pdf: (text) => expect(text.startsWith('%PDF-')).toBe(true),
};

const formatChoices: Record<string, RegExp> = {
  csv: /^CSV/,
  json: /^JSON/,
  claimreview: /^ClaimReview/,
  annotations: /^W3C Web Annotations/,
  html: /^HTML/,
  pdf: /^PDF/,
};

async function download(page: Page, format: string, reportName: string | RegExp) {
  await page.getByRole('radiogroup', { name: 'Report' }).getByRole('radio', { name: reportName, exact: true }).check();
  await page.getByRole('radio', { name: formatChoices[format] }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: (await readFile(path)).toString('utf8') };
}

test('an editor downloads every format for one report and for all from the Export page; a reviewer cannot', async ({ pageAs, request }) => {
  const editor = account('editor');
  const reviewer = account('reviewer');
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Export Wire', title, body } });
  const { report, sentences } = await created.json();
  const claimId = sentences[0].claims[0].id as string;
  expect((await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: reviewer.headers, data: { label: 'single_source', note: markupNote } })).status()).toBe(200);
  expect((await request.put(`/api/v1/claims/${claimId}/final`, { headers: editor.headers, data: { label: 'single_source', note: markupNote } })).status()).toBe(200);

  const page = await pageAs('editor');
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('link', { name: 'Export verdicts' }).click();
  await expect(page.getByRole('heading', { name: 'Export verdicts' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Report' }).getByRole('radio', { name: listedReport(title, 'Export Wire') })).toBeChecked();

  for (const reportName of [listedReport(title, 'Export Wire'), 'All reports']) {
    for (const format of Object.keys(expectedContent)) {
      const file = await download(page, format, reportName);
      expect(file.name).toMatch(reportName === 'All reports' ? /^verdicts-all-reports-final-/ : /^verdicts-export-wire-/);
      expectedContent[format]?.(file.text);
    }
  }
  const html = await download(page, 'html', listedReport(title, 'Export Wire'));
  expect(html.text).toContain('&lt;img src=x onerror=&quot;document.title=1&quot;&gt;');

  // ClaimReview is final verdicts only: choosing it turns the other scope off.
  await page.getByRole('radio', { name: /^ClaimReview/ }).check();
  await expect(page.getByRole('radio', { name: /Every reviewer/ })).toBeDisabled();

  // Every reviewer's verdicts, as CSV with a byte order mark.
  await page.getByRole('radio', { name: /^CSV/ }).check();
  await page.getByRole('radio', { name: /Every reviewer/ }).check();
  await page.getByLabel(/byte order mark/).check();
  await page.getByRole('radiogroup', { name: 'Report' }).getByRole('radio', { name: listedReport(title, 'Export Wire') }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain(`"${markupNote.replaceAll('"', '""')}"`);
  expect(bytes.toString('utf8')).toContain(reviewer.name);

  expect((await request.get(`/api/v1/export?format=csv&reportId=${report.id}`, { headers: reviewer.headers })).status()).toBe(403);
  const audit = await request.get(`/api/v1/export?format=json&reportId=${report.id}`, { headers: editor.headers });
  expect(audit.headers()['content-disposition']).toMatch(/^attachment; filename="verdicts-export-wire-.*-final-\d{4}-\d\d-\d\d\.json"$/);
});

test('restoring through the API is for admins, and only into a server without reports', async ({ request }) => {
  const editor = account('editor');
  const admin = account('admin');
  const exported = await (await request.get('/api/v1/export?format=json&scope=all', { headers: editor.headers })).json();
  expect((await request.post('/api/v1/import', { headers: editor.headers, data: exported })).status()).toBe(403);
  const refused = await request.post('/api/v1/import', { headers: admin.headers, data: exported });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.message).toMatch(/Restoring needs a server without reports/);
  const invalid = await request.post('/api/v1/import', { headers: admin.headers, data: { ...exported, format: 'spreadsheet' } });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error).toMatchObject({ field: 'format' });
});

test('the Export page is not offered to reviewers', async ({ pageAs }) => {
  const page = await pageAs('reviewer');
  await expect(page.getByRole('link', { name: 'Export', exact: true })).toHaveCount(0);
  const response = await page.goto('/export');
  expect(response?.status()).toBe(404);
});
