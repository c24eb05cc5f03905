import { randomUUID } from 'node:crypto';
import { beforeAll, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { createReviewTeam, type TestUser } from '../../support/review-team';

let editor: TestUser, alice: TestUser, bob: TestUser;
beforeAll(async () => {
  ({ editor, alice, bob } = await createReviewTeam());
});

const source = (name: string) => ({ url: `https://${name}.example/count`, quote: `${name} counted 380`, relation: 'contradicts' });

test('approval settles every agreed claim at once: merged notes and evidence, basis consensus, one final_verdict.saved each in reading order', async () => {
  const tag = randomUUID().slice(0, 8);
  const body = `About 420 people left Marlow (${tag}). The bridge closed on Monday. The river crests on Wednesday.`;
  const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Marlow Courier', title: `Floods ${tag}`, body } });
  const claims = await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true, sentenceId: true } });
  expect(claims).toHaveLength(3);
  for (const [index, claim] of claims.entries()) {
    await saveVerdict({ actor: alice.actor, input: { claimId: claim.id, label: 'disputed', note: `Alice ${index}`, evidence: [source('council')] } });
    await saveVerdict({ actor: bob.actor, input: { claimId: claim.id, label: 'disputed', note: index === 2 ? `Alice ${index}` : `Bob ${index}`, evidence: [source('council'), source('police')] } });
  }
  await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } });
  await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } });

  const finals = await db.finalVerdict.findMany({
    where: { claimId: { in: claims.map((claim) => claim.id) } },
    select: { claimId: true, label: true, note: true, basis: true, version: true, decidedById: true, evidence: { orderBy: { position: 'asc' }, select: { url: true, quote: true, relation: true, position: true } } },
  });
  const evidence = [
    { ...source('council'), position: 0 },
    { ...source('police'), position: 1 },
  ];
  expect(claims.map((claim) => finals.find((final) => final.claimId === claim.id))).toEqual([
    { claimId: claims[0]?.id, label: 'disputed', note: 'Alice 0\n\nBob 0', basis: 'consensus', version: 1, decidedById: editor.id, evidence },
    { claimId: claims[1]?.id, label: 'disputed', note: 'Alice 1\n\nBob 1', basis: 'consensus', version: 1, decidedById: editor.id, evidence },
    { claimId: claims[2]?.id, label: 'disputed', note: 'Alice 2', basis: 'consensus', version: 1, decidedById: editor.id, evidence },
  ]);

  const events = await db.auditEvent.findMany({ where: { reportId, action: 'final_verdict.saved' }, orderBy: { sequence: 'asc' }, select: { sentenceId: true, actorId: true, before: true, after: true } });
  expect(events.map((event) => event.sentenceId)).toEqual(claims.map((claim) => claim.sentenceId));
  expect(events.every((event) => event.before === null && event.actorId === editor.id)).toBe(true);
  expect(events[0]?.after).toEqual({
    label: 'disputed',
    note: 'Alice 0\n\nBob 0',
    version: 1,
    basis: 'consensus',
    evidence: [source('council'), source('police')].map(({ url, quote, relation }) => ({ url, quote, relation })),
  });
});
