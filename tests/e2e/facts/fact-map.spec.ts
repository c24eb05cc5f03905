import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { account } from '../support/accounts';
import { createStory } from '../support/cli';
import { expect, test } from '../support/fixtures';

const reutersIt = 'We reiterate with concern that overseas DPRK IT workers';
const dwIt = 'forged identities and nationalities to evade UNSC';

type FactsBody = { facts: { statements: { claimId: string; text: string }[] }[] };

function factMap(page: Page) {
  return page.getByRole('table', { name: /^Facts of / });
}

function factRows(page: Page, ...texts: string[]) {
  return texts.reduce((rows, text) => rows.filter({ hasText: text }), factMap(page).locator('tbody tr'));
}

/** The shipped reports' ids by outlet. */
async function shippedReports(request: APIRequestContext) {
  const list = (await (await request.get('/api/v1/reports', { headers: account('editor').headers })).json()) as { items: { id: string; outlet: string }[] };
  const idOf = (outlet: string) => list.items.find((report) => report.outlet === outlet)?.id ?? '';
  return { reuters: idOf('Reuters'), dw: idOf('DW (Deutsche Welle)'), forum: idOf('Indo-Pacific Defense FORUM') };
}

/** The story the seed put the shipped reports in. */
async function storyOf(request: APIRequestContext, reportId: string): Promise<string> {
  const { report } = (await (await request.get(`/api/v1/reports/${reportId}`, { headers: account('editor').headers })).json()) as { report: { storyId: string | null } };
  if (!report.storyId) throw new Error('The seed puts the shipped reports in their story');
  return report.storyId;
}

/** Takes back the fact map's corrections of these statements, so later specs find the shipped story as it was. */
async function undo(request: APIRequestContext, storyId: string, texts: string[]) {
  const headers = account('editor').headers;
  const body = (await (await request.get(`/api/v1/stories/${storyId}/facts`, { headers })).json()) as FactsBody;
  const claimOf = (text: string) => body.facts.flatMap((fact) => fact.statements).find((statement) => statement.text.includes(text))?.claimId;
  const [claimId, otherClaimId] = texts.map(claimOf);
  if (claimId && otherClaimId) await request.post(`/api/v1/stories/${storyId}/facts/corrections`, { headers, data: { links: [{ claimId, otherClaimId, sameFact: null }] } });
}

test('an editor reads the fact map of the shipped story, filters it, opens a sentence from it, and splits a statement out, which the history lists', async ({ pageAs, request }) => {
  test.setTimeout(120_000);
  const shipped = await shippedReports(request);
  const storyId = await storyOf(request, shipped.reuters);
  try {
    const page = await pageAs('editor');
    await page.goto(`/reports/${shipped.reuters}`);
    await page.getByRole('link', { name: 'Fact map', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Fact map — Seoul envoys' meeting, 7 April 2023");

    const headers = factMap(page).getByRole('columnheader');
    await expect(headers).toHaveText(['Fact', /^Reuters/, /^DW \(Deutsche Welle\)/, /^Indo-Pacific Defense FORUM/]);
    await expect(headers.nth(2)).toContainText('derived: DW (Deutsche Welle) credits Reuters');
    await expect(headers.nth(1)).not.toContainText('derived');
    await expect(headers.nth(3)).not.toContainText('derived');

    const row = factRows(page, reutersIt, dwIt);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(0)).toContainText(reutersIt);
    await expect(row.getByRole('cell').nth(1)).toContainText(dwIt);
    await expect(row.getByRole('cell').nth(2)).toHaveText('');
    await expect(row.getByRole('rowheader')).toContainText('Single-source');
    await expect(row.getByRole('rowheader')).toContainText('DW (Deutsche Welle) states it too, but DW (Deutsche Welle) credits Reuters');

    // One outlet only: fewer rows, as many as the filter's count says.
    const all = await factMap(page).locator('tbody tr').count();
    const oneOutlet = page.getByRole('navigation', { name: 'Filter facts' }).getByRole('link', { name: /^Stated by one outlet only/ });
    const count = Number((await oneOutlet.textContent())?.match(/\((\d+)\)/)?.[1]);
    await oneOutlet.click();
    await expect(page).toHaveURL(/\?filter=one-outlet$/);
    await expect(oneOutlet).toHaveAttribute('aria-current', 'page');
    await expect(factMap(page).locator('tbody tr')).toHaveCount(count);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    await expect(factRows(page, reutersIt, dwIt)).toHaveCount(0);

    // From a cell to its sentence in the review workspace.
    await page.getByRole('navigation', { name: 'Filter facts' }).getByRole('link', { name: /^All facts/ }).click();
    await row.getByRole('cell').nth(1).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/reports/${shipped.dw}\\?claim=`));
    const opened = page.locator('[data-review-sentence]:focus');
    await expect(opened).toHaveAccessibleName('Sentence 4');
    await expect(opened).toContainText(dwIt);

    // Split DW's sentence out of the fact: no row holds both any more.
    await page.goBack();
    await row.getByText(/^Correct fact \d+$/).click();
    await row.getByLabel('Correction').selectOption({ label: 'Split a statement out into its own fact' });
    await row.getByLabel('Statement').selectOption({ label: 'DW (Deutsche Welle) sentence 4' });
    await row.getByLabel('Reason (optional, kept in the history)').fill('DW quotes the statement, Reuters reports it');
    await row.getByRole('button', { name: 'Save correction' }).click();
    await expect(factRows(page, reutersIt, dwIt)).toHaveCount(0);
    await expect(factRows(page, dwIt).first()).toBeVisible();

    await page.goto('/audit?action=facts.corrected');
    const newest = page.getByRole('list', { name: 'Audit events' }).getByRole('listitem').first();
    await expect(newest).toContainText(new RegExp(`${account('editor').name} corrected the fact map: DW \\(Deutsche Welle\\) sentence \\d+ and Reuters sentence \\d+: different facts`));
    await expect(newest).toContainText('DW quotes the statement, Reuters reports it');
  } finally {
    await undo(request, storyId, [reutersIt, dwIt]);
  }
});

test('under blind review a reviewer sees their own label on the fact map, not another reviewer’s; an editor sees both', async ({ pageAs, request }) => {
  const marker = randomUUID().slice(0, 8);
  const sentence = `Sluice gates at Weir ${marker} were opened at dawn on Monday.`;
  const imported = async (outlet: string, body: string) => {
    const response = await request.post('/api/v1/reports', { headers: account('editor').headers, data: { outlet: `${outlet} ${marker}`, body } });
    expect(response.status()).toBe(201);
    return (await response.json()) as { report: { id: string }; sentences: { text: string; claims: { id: string }[] }[] };
  };
  const first = await imported('River Wire', `${sentence}\n\nThe mayor praised the crews.`);
  const second = await imported('Valley Post', `The gates at Weir ${marker} opened at dawn on Monday, officials said.\n\nTraffic was diverted.`);
  const storyId = createStory([first.report.id, second.report.id]);
  const claimId = first.sentences.find((one) => one.text === sentence)?.claims[0]?.id;
  const save = (key: 'alice' | 'bob', data: object) => request.put(`/api/v1/claims/${claimId}/verdict`, { headers: account(key).headers, data });
  expect((await save('alice', { label: 'disputed', note: 'The gates stayed shut', evidence: [{ url: 'https://example.test/weir', quote: 'Gates stayed shut.', relation: 'contradicts' }] })).status()).toBe(200);
  expect((await save('bob', { label: 'single_source', note: 'Only the wire' })).status()).toBe(200);

  const bob = await pageAs('bob');
  await bob.goto(`/stories/${storyId}/facts`);
  const bobsRow = factRows(bob, sentence);
  await expect(bobsRow.getByRole('cell').nth(0)).toContainText('You: Single-source');
  await expect(bobsRow).not.toContainText(account('alice').name);
  await expect(bobsRow).not.toContainText('Disputed');

  const editor = await pageAs('editor');
  await editor.goto(`/stories/${storyId}/facts`);
  const editorsRow = factRows(editor, sentence);
  await expect(editorsRow.getByRole('cell').nth(0)).toContainText(`${account('alice').name}: Disputed`);
  await expect(editorsRow.getByRole('cell').nth(0)).toContainText(`${account('bob').name}: Single-source`);
});
