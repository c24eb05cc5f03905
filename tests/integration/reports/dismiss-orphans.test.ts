import { randomUUID } from 'node:crypto';
import { beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { verifyAuditChain } from '@/lib/audit/audit-chain';
import { db } from '@/lib/db';
import { dismissOrphans } from '@/lib/reports/dismiss-orphans';
import { findOrphans } from '@/lib/reports/get-report';
import { importReport } from '@/lib/reports/import-report';
import { reviseReport } from '@/lib/reports/revise-report';
import { createReviewTeam, type TestUser } from '../../support/review-team';
import { routeResponse } from '../../support/permission-calls';

let editor: TestUser;
let alice: TestUser;

beforeAll(async () => {
  ({ editor, alice } = await createReviewTeam());
});

/** A report whose corrected version cut two of its sentences: both are orphaned, with their default claims. */
async function reportWithOrphans() {
  const tag = randomUUID().slice(0, 8);
  const kept = `Flood water reached the old bridge in Marlow on Monday (${tag}).`;
  const body = `${kept} About 420 people left their homes overnight. The mayor expects the river to crest on Wednesday.`;
  const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Marlow Courier', title: `River floods Marlow ${tag}`, body } });
  await reviseReport({ actor: editor.actor, input: { reportId, body: `${kept} Rescue teams will stay until Friday.` } });
  const orphans = await findOrphans(reportId);
  expect(orphans.sentences.map((sentence) => sentence.text)).toEqual(['About 420 people left their homes overnight.', 'The mayor expects the river to crest on Wednesday.']);
  expect(orphans.claims).toHaveLength(2);
  return { reportId, orphans };
}

/** What could change: every orphan's dismissal and the report's events. */
async function stateOf(reportId: string) {
  const select = { id: true, dismissedAt: true, dismissedById: true } as const;
  return {
    sentences: await db.sentence.findMany({ where: { reportId }, orderBy: { id: 'asc' }, select }),
    claims: await db.claim.findMany({ where: { reportId }, orderBy: { id: 'asc' }, select }),
    events: await db.auditEvent.count({ where: { reportId } }),
  };
}

test('an editor dismisses one orphaned sentence: it leaves the orphan list, stays stored, and one audit event records it', async () => {
  const { reportId, orphans } = await reportWithOrphans();
  const [first, second] = orphans.sentences;
  if (!first || !second) throw new Error('Two orphaned sentences expected');

  await expect(dismissOrphans({ actor: editor.actor, input: { reportId, sentenceIds: [first.id], reason: 'Cut from the article' } })).resolves.toEqual({
    reportId,
    sentenceIds: [first.id],
    claimIds: [],
  });

  const listed = await findOrphans(reportId);
  expect(listed.sentences.map((sentence) => sentence.id)).toEqual([second.id]);
  expect(listed.claims).toHaveLength(2);
  const stored = await db.sentence.findUniqueOrThrow({ where: { id: first.id } });
  expect(stored).toMatchObject({ text: first.text, dismissedById: editor.id, orphanedAt: first.orphanedAt });
  expect(stored.dismissedAt).toBeInstanceOf(Date);
  const event = await db.auditEvent.findFirstOrThrow({ where: { reportId }, orderBy: { sequence: 'desc' } });
  expect(event).toMatchObject({
    action: 'report.orphans_dismissed',
    entityType: 'report',
    entityId: reportId,
    actorId: editor.id,
    reason: 'Cut from the article',
    before: { sentences: [{ id: first.id, revision: 1, text: first.text }], claims: [] },
    after: { dismissedAt: stored.dismissedAt?.toISOString(), sentenceIds: [first.id], claimIds: [] },
  });
  expect(await verifyAuditChain()).toMatchObject({ ok: true });
});

test('an editor dismisses all orphans at once through the API, in one event; then nothing is left to dismiss', async () => {
  const { reportId, orphans } = await reportWithOrphans();
  const { token } = await issueApiToken({ actor: cliActor, input: { email: editor.email } });
  const eventsBefore = await db.auditEvent.count({ where: { reportId } });

  const response = await routeResponse(token, 'POST', '/api/v1/reports/[reportId]/orphans/dismiss', { reportId }, { body: { all: true } });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({
    reportId,
    sentenceIds: orphans.sentences.map((sentence) => sentence.id),
    claimIds: expect.arrayContaining(orphans.claims.map((claim) => claim.id)),
  });

  expect(await findOrphans(reportId)).toEqual({ sentences: [], claims: [] });
  const events = (await db.auditEvent.findMany({ where: { reportId }, orderBy: { sequence: 'asc' } })).slice(eventsBefore);
  expect(events.map((event) => event.action)).toEqual(['report.orphans_dismissed']);
  expect(events[0]?.before).toEqual({
    sentences: orphans.sentences.map(({ id, revision, text }) => ({ id, revision, text })),
    claims: expect.arrayContaining(orphans.claims.map(({ id, revision, text }) => ({ id, revision, text }))),
  });
  // Dismissed orphans are still orphans: the report's current sentences are the same as before.
  expect(await db.sentence.count({ where: { reportId, orphanedAt: null } })).toBe(2);

  const again = await dismissOrphans({ actor: editor.actor, input: { reportId, all: true } });
  expect(again).toEqual({ reportId, sentenceIds: [], claimIds: [] });
  expect(await db.auditEvent.count({ where: { reportId } }), 'dismissing nothing writes no event').toBe(eventsBefore + 1);
});

test('a reviewer is refused with 403 and nothing changes', async () => {
  const { reportId, orphans } = await reportWithOrphans();
  const before = await stateOf(reportId);
  const { token } = await issueApiToken({ actor: cliActor, input: { email: alice.email } });

  await expect(dismissOrphans({ actor: alice.actor, input: { reportId, all: true } })).rejects.toMatchObject({ code: 'forbidden', message: 'Only editors and admins can dismiss orphans' });
  const response = await routeResponse(token, 'POST', '/api/v1/reports/[reportId]/orphans/dismiss', { reportId }, { body: { sentenceIds: orphans.sentences.map((sentence) => sentence.id) } });
  expect(response.status).toBe(403);

  expect(await stateOf(reportId)).toEqual(before);
});

test('an id that is not a listed orphan of this report is refused naming its field, and nothing of the call is dismissed', async () => {
  const { reportId, orphans } = await reportWithOrphans();
  const other = await reportWithOrphans();
  const current = await db.sentence.findFirstOrThrow({ where: { reportId, orphanedAt: null }, select: { id: true } });
  const [orphan] = orphans.sentences;
  if (!orphan) throw new Error('An orphaned sentence expected');
  await dismissOrphans({ actor: editor.actor, input: { reportId, claimIds: [orphans.claims[0]?.id] } });
  const before = await stateOf(reportId);

  const refusals: [input: object, field: string][] = [
    [{ sentenceIds: [orphan.id, current.id] }, 'sentenceIds.1'],
    [{ sentenceIds: [orphan.id, other.orphans.sentences[0]?.id] }, 'sentenceIds.1'],
    [{ sentenceIds: [orphan.id], claimIds: [orphans.claims[0]?.id] }, 'claimIds.0'],
    [{ sentenceIds: [orphan.id, randomUUID()] }, 'sentenceIds.1'],
    [{ sentenceIds: ['not-an-id'] }, 'sentenceIds.0'],
    [{}, 'sentenceIds'],
    [{ all: true, sentenceIds: [orphan.id] }, 'all'],
  ];
  for (const [input, field] of refusals) {
    await expect(dismissOrphans({ actor: editor.actor, input: { reportId, ...input } }), JSON.stringify(input)).rejects.toMatchObject({ code: 'invalid', field });
  }
  const { token } = await issueApiToken({ actor: cliActor, input: { email: editor.email } });
  const response = await routeResponse(token, 'POST', '/api/v1/reports/[reportId]/orphans/dismiss', { reportId }, { body: { sentenceIds: [current.id] } });
  expect(response.status).toBe(422);
  expect(await response.json()).toMatchObject({ error: { code: 'invalid', field: 'sentenceIds.0' } });

  expect(await stateOf(reportId)).toEqual(before);
  expect((await findOrphans(reportId)).sentences).toHaveLength(2);
});

test('an approved report is locked: its orphans cannot be dismissed', async () => {
  const { reportId } = await reportWithOrphans();
  // Approval itself needs a whole review; the lock depends only on the status.
  await db.report.update({ where: { id: reportId }, data: { status: 'approved' } });
  const before = await stateOf(reportId);

  await expect(dismissOrphans({ actor: editor.actor, input: { reportId, all: true } })).rejects.toMatchObject({ code: 'locked' });

  expect(await stateOf(reportId)).toEqual(before);
});

test('two editors dismissing the same orphan at once dismiss it once, with one event', async () => {
  const { reportId, orphans } = await reportWithOrphans();
  const sentenceIds = orphans.sentences.map((sentence) => sentence.id);
  const eventsBefore = await db.auditEvent.count({ where: { reportId } });

  const results = await Promise.allSettled([
    dismissOrphans({ actor: editor.actor, input: { reportId, sentenceIds } }),
    dismissOrphans({ actor: editor.actor, input: { reportId, sentenceIds } }),
  ]);

  expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  const refusal = results.find((result) => result.status === 'rejected');
  expect(refusal?.reason).toMatchObject({ code: expect.stringMatching(/^(conflict|invalid)$/) });
  expect(await db.auditEvent.count({ where: { reportId } })).toBe(eventsBefore + 1);
  expect((await findOrphans(reportId)).sentences).toEqual([]);
});
