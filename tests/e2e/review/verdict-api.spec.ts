import { expect, test } from '@playwright/test';
import { account } from '../support/accounts';

type Sentence = { id: string; kind: string; text: string; claims: { id: string; isDefault: boolean }[] };

async function reportUnits(request: import('@playwright/test').APIRequestContext, headers: Record<string, string>, outlet: string) {
  const list = await (await request.get('/api/v1/reports', { headers })).json();
  const id = list.items.find((report: { outlet: string }) => report.outlet === outlet).id;
  return ((await (await request.get(`/api/v1/reports/${id}`, { headers })).json()) as { sentences: Sentence[] }).sentences;
}

test('a reviewer gets suggestions for a claim and saves a verdict with one as evidence through the API', async ({ request }) => {
  const reviewer = account('verdictApi');
  const forum = await reportUnits(request, reviewer.headers, 'Indo-Pacific Defense FORUM');
  const theft = forum.find((candidate) => candidate.text.startsWith('South Korea’s spy agency said in December 2022'));
  const claimId = theft?.claims.find((claim) => claim.isDefault)?.id;

  const suggestions = await (await request.get(`/api/v1/claims/${claimId}/suggestions`, { headers: reviewer.headers })).json();
  const best = suggestions.suggestions[0];
  expect(best).toMatchObject({ outlet: 'DW (Deutsche Welle)', independent: true, mismatches: [] });
  expect(best.text).toContain('$1.2 billion');
  expect(best.sharedTerms.length).toBeGreaterThan(2);

  const first = await request.put(`/api/v1/claims/${claimId}/verdict`, {
    headers: reviewer.headers,
    data: { label: 'corroborated', note: 'DW gives the same figure', evidence: [{ sentenceId: best.sentenceId, relation: 'supports' }] },
  });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ label: 'corroborated', version: 1, evidence: [{ sentenceId: best.sentenceId, relation: 'supports' }] });

  const stale = await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: reviewer.headers, data: { label: 'single_source', note: 'old tab' } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ current: { label: 'corroborated', version: 1 } });

  const invalid = await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: reviewer.headers, data: { label: 'disputed', version: 1, evidence: [] } });
  expect(invalid.status()).toBe(422);
  expect(await invalid.json()).toMatchObject({ error: { field: 'evidence', message: 'A disputed verdict needs at least one contradicting source' } });
});

test('DW sentences written from Reuters copy are flagged as not independent', async ({ request }) => {
  const reviewer = account('reviewer');
  const reuters = await reportUnits(request, reviewer.headers, 'Reuters');
  const statement = reuters.find((candidate) => candidate.text.startsWith('"We are also deeply concerned'));
  const claimId = statement?.claims[0]?.id;
  const { suggestions } = await (await request.get(`/api/v1/claims/${claimId}/suggestions`, { headers: reviewer.headers })).json();
  expect(suggestions[0]).toMatchObject({
    outlet: 'DW (Deutsche Welle)',
    independent: false,
    independenceNote: 'DW (Deutsche Welle) credits Reuters: not an independent source',
    suggestedLabel: 'single_source',
  });
});

test('claims: a reviewer makes a claim of part of a sentence and removes it again', async ({ request }) => {
  const reviewer = account('reviewer');
  const dw = await reportUnits(request, reviewer.headers, 'DW (Deutsche Welle)');
  const sentence = dw.find((candidate) => candidate.kind === 'body') as Sentence;
  const created = await request.post(`/api/v1/sentences/${sentence.id}/claims`, { headers: reviewer.headers, data: { start: 0, end: 11 } });
  expect(created.status()).toBe(201);
  const claim = await created.json();
  expect(claim).toMatchObject({ text: sentence.text.slice(0, 11), isDefault: false });
  expect((await request.delete(`/api/v1/claims/${claim.id}`, { headers: reviewer.headers })).status()).toBe(200);
  const defaultClaim = sentence.claims[0]?.id;
  const refused = await request.delete(`/api/v1/claims/${defaultClaim}`, { headers: reviewer.headers });
  expect(refused.status()).toBe(422);
});
