import type { APIRequestContext } from '@playwright/test';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { openSentence } from '../support/review';

type Proposal = { label: string; reasons: string[]; evidence: { sentenceId: string; relation: string; outlet: string; sentenceNumber: number; text: string }[] };
type Suggestions = { proposal: Proposal | null; proposalNote: string | null };

const opening = 'South Korea’s spy agency said in December 2022';

async function suggestionsOf(request: APIRequestContext, claimId: string, headers: Record<string, string>): Promise<Suggestions> {
  return (await request.get(`/api/v1/claims/${claimId}/suggestions`, { headers })).json();
}

type Sentence = { text: string; claims: { id: string; isDefault: boolean }[] };

/** FORUM's report and sentences (the seed puts the shipped reports in their story). */
async function shippedForum(request: APIRequestContext, headers: Record<string, string>) {
  const reports = ((await (await request.get('/api/v1/reports', { headers })).json()) as { items: { id: string; outlet: string }[] }).items;
  const forum = reports.find((report) => report.outlet === 'Indo-Pacific Defense FORUM');
  const sentences = ((await (await request.get(`/api/v1/reports/${forum?.id}`, { headers })).json()) as { sentences: Sentence[] }).sentences;
  const claimOf = (sentence: Sentence | undefined) => sentence?.claims.find((claim) => claim.isDefault)?.id ?? '';
  return { forumId: forum?.id ?? '', sentences, claimOf };
}

test('a reviewer accepts the proposed label into the verdict form with one click, and the saved verdict has its label, evidence and proposedLabel', async ({ pageAs, request }) => {
  const reviewer = account('proposalTaker');
  const { forumId, sentences, claimOf } = await shippedForum(request, reviewer.headers);
  const claimId = claimOf(sentences.find((sentence) => sentence.text.startsWith(opening)));
  const { proposal, proposalNote } = await suggestionsOf(request, claimId, reviewer.headers);
  expect(proposal?.label, proposalNote ?? '').toBe('corroborated');
  const evidence = proposal?.evidence ?? [];
  expect(evidence.length).toBeGreaterThan(0);

  const page = await pageAs('proposalTaker');
  await page.goto(`/reports/${forumId}`);
  const sentence = await openSentence(page, opening);
  const box = sentence.getByRole('region', { name: 'Proposed label' });
  await expect(box).toContainText('Proposed label: Corroborated');
  for (const reason of proposal?.reasons ?? []) await expect(box).toContainText(reason);
  const first = evidence[0];
  const link = box.getByRole('link', { name: `${first?.outlet} sentence ${first?.sentenceNumber}` });
  await expect(link).toHaveAttribute('href', new RegExp(`\\?sentence=${first?.sentenceNumber}$`));

  await box.getByRole('button', { name: 'Accept proposal' }).click();
  await expect(sentence.getByRole('radio', { name: /Corroborated/ })).toBeChecked();
  const chosen = sentence.getByRole('list', { name: 'Evidence', exact: true });
  for (const item of evidence) await expect(chosen).toContainText(item.text);
  await sentence.getByRole('textbox', { name: 'Note' }).fill('As the fact map proposes');
  await sentence.getByRole('button', { name: 'Save verdict' }).click();
  await expect(sentence.getByText('Saved', { exact: true })).toBeVisible();

  // The stored verdict, as the API answers a save based on no version: 409 with the current one (nothing changes).
  const stale = await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: reviewer.headers, data: { label: 'single_source', note: 'probe' } });
  expect(stale.status()).toBe(409);
  const { current } = (await stale.json()) as { current: { label: string; note: string; proposedLabel: string | null; evidence: { sentenceId: string; relation: string }[] } };
  expect(current).toMatchObject({ label: 'corroborated', note: 'As the fact map proposes', proposedLabel: 'corroborated' });
  expect(current.evidence.map(({ sentenceId, relation }) => ({ sentenceId, relation }))).toEqual(evidence.map(({ sentenceId, relation }) => ({ sentenceId, relation })));

  await page.reload();
  const reopened = await openSentence(page, opening);
  await expect(reopened.getByRole('radio', { name: /Corroborated/ })).toBeChecked();
  for (const item of evidence) await expect(reopened.getByRole('list', { name: 'Evidence', exact: true })).toContainText(item.text);
});

test('the key a accepts the proposal into the form of the sentence being worked on', async ({ pageAs, request }) => {
  const reviewer = account('proposalTaker');
  const { forumId, sentences, claimOf } = await shippedForum(request, reviewer.headers);
  let chosen: { text: string; proposal: Proposal } | undefined;
  for (const sentence of sentences.filter((candidate) => !candidate.text.startsWith(opening) && claimOf(candidate))) {
    const { proposal } = await suggestionsOf(request, claimOf(sentence), reviewer.headers);
    if (proposal) {
      chosen = { text: sentence.text, proposal };
      break;
    }
  }
  expect(chosen, 'another FORUM claim with a proposal').toBeDefined();
  const labelNames: Record<string, RegExp> = { corroborated: /Corroborated/, single_source: /Single-source/, disputed: /Disputed/ };

  const page = await pageAs('proposalTaker');
  await page.goto(`/reports/${forumId}`);
  const row = await openSentence(page, chosen?.text.slice(0, 50) ?? '');
  await expect(row.getByRole('button', { name: 'Accept proposal' })).toBeVisible();
  await page.keyboard.press('a');
  await expect(row.getByRole('radio', { name: labelNames[chosen?.proposal.label ?? ''] })).toBeChecked();
  await expect(row.getByText('Accepted into the form: edit anything before saving.')).toBeVisible();
});
