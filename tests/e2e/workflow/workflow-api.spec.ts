import { expect, test } from '@playwright/test';
import { account } from '../support/accounts';

const body = [
  'The three envoys met in Seoul on Friday, officials said.',
  'They urged all countries to send North Korean workers home.',
].join('\n\n');

test('the whole round through the API: assign, blind reviews, agreement, adjudication, approval, lock and reopening', async ({ request }) => {
  const [editor, alice, bob, carol] = [account('editor'), account('alice'), account('bob'), account('carol')];
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'API Wire', title: `API round ${Date.now()}`, body } });
  const { report, sentences } = await created.json();
  const [first, second] = sentences.map((sentence: { claims: { id: string }[] }) => sentence.claims[0]?.id) as string[];
  const idOf = async (user: { headers: Record<string, string> }) => (await (await request.get('/api/v1/me', { headers: user.headers })).json()).id as string;
  for (const user of [alice, bob, carol]) {
    const assigned = await request.post(`/api/v1/reports/${report.id}/assignments`, { headers: editor.headers, data: { reviewerId: await idOf(user) } });
    expect(assigned.status()).toBe(201);
  }
  const again = await request.post(`/api/v1/reports/${report.id}/assignments`, { headers: editor.headers, data: { reviewerId: await idOf(alice) } });
  expect(again.status()).toBe(200);
  expect((await request.post(`/api/v1/reports/${report.id}/assignments`, { headers: alice.headers, data: { reviewerId: await idOf(alice) } })).status()).toBe(403);

  const put = (who: { headers: Record<string, string> }, claimId: string | undefined, data: object) => request.put(`/api/v1/claims/${claimId}/verdict`, { headers: who.headers, data });
  const outside = { url: 'https://example.org/second-source', quote: 'The envoys met in Seoul', relation: 'supports' };
  expect((await put(alice, first, { label: 'corroborated', evidence: [outside] })).status()).toBe(200);
  expect((await put(bob, first, { label: 'corroborated', evidence: [outside] })).status()).toBe(200);
  expect((await put(carol, first, { label: 'single_source' })).status()).toBe(200);
  expect((await put(alice, second, { label: 'single_source' })).status()).toBe(200);
  expect((await put(bob, second, { label: 'single_source' })).status()).toBe(200);

  // Blind until complete.
  expect((await request.get(`/api/v1/reports/${report.id}/agreement`, { headers: bob.headers })).status()).toBe(403);
  expect((await request.post(`/api/v1/reports/${report.id}/completion`, { headers: bob.headers })).status()).toBe(200);
  const agreement = await (await request.get(`/api/v1/reports/${report.id}/agreement`, { headers: bob.headers })).json();
  expect(agreement).toMatchObject({ percentAgreement: 0.5, pairableClaims: 2 });
  // By hand: coincidences cc 1, cs 1, sc 1, ss 2; n = 5; alpha = 1 - 4 × 2 / (2 × 3 × 2) = 1/3.
  expect(agreement.alpha).toBeCloseTo(0.333, 3);
  expect(agreement.reviewers.map((reviewer: { name: string }) => reviewer.name)).toEqual([alice.name, bob.name, carol.name]);

  const status = (who: { headers: Record<string, string> }, data: object) => request.post(`/api/v1/reports/${report.id}/status`, { headers: who.headers, data });
  expect((await status(alice, { status: 'in_adjudication' })).status()).toBe(403);
  expect((await status(editor, { status: 'in_adjudication' })).status()).toBe(200);
  const queue = await (await request.get(`/api/v1/reports/${report.id}/adjudication`, { headers: editor.headers })).json();
  expect(queue.open).toHaveLength(1);
  expect(queue.open[0]).toMatchObject({ claimId: first, majority: 'corroborated' });
  expect((await request.get(`/api/v1/reports/${report.id}/adjudication`, { headers: alice.headers })).status()).toBe(403);

  const refusedApproval = await status(editor, { status: 'approved' });
  expect(refusedApproval.status()).toBe(409);
  expect(await refusedApproval.json()).toMatchObject({ openClaims: [first] });
  const majority = await request.post(`/api/v1/claims/${first}/final/majority`, { headers: editor.headers });
  expect(await majority.json()).toMatchObject({ label: 'corroborated', basis: 'majority', version: 1, evidence: [{ url: outside.url }] });
  expect((await status(editor, { status: 'approved' })).status()).toBe(200);

  const locked = await put(alice, second, { label: 'corroborated', evidence: [outside], version: 1 });
  expect(locked.status()).toBe(423);
  expect((await status(editor, { status: 'in_review' })).status()).toBe(422);
  expect((await status(editor, { status: 'in_review', reason: 'New source found' })).status()).toBe(200);
  expect((await put(alice, second, { label: 'corroborated', evidence: [outside], version: 1 })).status()).toBe(200);

  const dashboard = await (await request.get('/api/v1/dashboard', { headers: editor.headers })).json();
  expect(dashboard.reports.find((row: { id: string }) => row.id === report.id)).toMatchObject({ status: 'in_review', finalVerdicts: 2, openConflicts: 0 });
});
