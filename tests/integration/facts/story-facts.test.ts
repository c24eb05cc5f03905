import { randomUUID } from 'node:crypto';
import { beforeAll, expect, test } from 'vitest';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { correctFacts } from '@/lib/facts/correct-facts';
import { getStoryFacts, type StoryFactsView } from '@/lib/facts/get-story-facts';
import { saveVerdict } from '@/lib/review/save-verdict';
import { completeReview } from '@/lib/workflow/complete-review';
import { broadcaster, defaultClaim, floodStory as floodStoryOf, paper, wire } from '../../support/flood-story';
import { routeResponse } from '../../support/permission-calls';
import { createReviewTeam, type TestUser } from '../../support/review-team';

let editor: TestUser;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  ({ editor, alice, bob } = await createReviewTeam());
});

const floodStory = () => floodStoryOf(editor.actor);

function factOf(map: StoryFactsView, claimId: string) {
  return map.facts.filter((fact) => fact.statements.some((statement) => statement.claimId === claimId));
}

function statementOf(map: StoryFactsView, claimId: string) {
  return map.facts.flatMap((fact) => fact.statements).find((statement) => statement.claimId === claimId);
}

test('groups the statements of one fact across reports and gives each fact and claim the label the definitions give', async () => {
  const { storyId, ids, outlets } = await floodStory();
  const map = await getStoryFacts({ actor: alice.actor, input: { storyId } });
  expect(map.reports.map((report) => report.outlet).sort()).toEqual(Object.values(outlets).sort());
  const paperReport = map.reports.find((report) => report.id === ids.paper);
  expect(paperReport?.derivedFrom).toEqual([ids.wire]);
  const pair = map.independence.find((entry) => entry.reportIds.includes(ids.wire) && entry.reportIds.includes(ids.paper));
  expect(pair).toMatchObject({ independent: false, derivedReportId: ids.paper, reasons: [{ kind: 'credit', detail: `${outlets.paper} credits ${outlets.wire}` }] });

  const barriers = await defaultClaim(ids.wire, wire[0] ?? '');
  const [barrierFact] = factOf(map, barriers.id);
  expect(barrierFact?.statements.map((statement) => statement.reportId).sort()).toEqual([ids.wire, ids.paper, ids.broadcaster].sort());
  expect(barrierFact?.proposedLabel).toBe('corroborated');
  expect(statementOf(map, barriers.id)?.proposedLabel).toBe('corroborated');

  // Evacuations: the same fact with a different count.
  const evacuated = await defaultClaim(ids.wire, wire[1] ?? '');
  const [evacuationFact] = factOf(map, evacuated.id);
  expect(evacuationFact?.proposedLabel).toBe('disputed');
  expect(evacuationFact?.mismatches).toEqual([expect.objectContaining({ kind: 'number', figure: '400', otherFigure: '250' })]);
  expect(evacuationFact?.reasons.join(' ')).toMatch(/400.*250/);

  // Stated by one report only.
  const volunteers = await defaultClaim(ids.wire, wire[2] ?? '');
  expect(factOf(map, volunteers.id)).toEqual([expect.objectContaining({ proposedLabel: 'single_source', reasons: [`Only ${outlets.wire} states it`] })]);
  expect(statementOf(map, volunteers.id)?.proposedLabel).toBe('single_source');
});

test('a fact only the derived copy repeats is single-source, and says why', async () => {
  const { storyId, ids, outlets } = await floodStory();
  await db.report.update({ where: { id: ids.broadcaster }, data: { storyId: null } });
  const map = await getStoryFacts({ actor: editor.actor, input: { storyId } });
  const barriers = await defaultClaim(ids.paper, paper[0] ?? '');
  const [fact] = factOf(map, barriers.id);
  expect(fact?.statements).toHaveLength(2);
  expect(fact?.proposedLabel).toBe('single_source');
  expect(fact?.reasons).toEqual([expect.stringContaining(`${outlets.paper} credits ${outlets.wire}`)]);
});

test('blind review applies: a reviewer sees others’ labels only after completing their review', async () => {
  const { storyId, ids } = await floodStory();
  const barriers = await defaultClaim(ids.broadcaster, broadcaster[0] ?? '');
  const other = await defaultClaim(ids.wire, wire[0] ?? '');
  await saveVerdict({ actor: alice.actor, input: { claimId: barriers.id, label: 'disputed', note: '', evidence: [{ sentenceId: other.sentenceId, relation: 'contradicts' }] } });
  await saveVerdict({ actor: bob.actor, input: { claimId: barriers.id, label: 'single_source', note: '' } });
  const labelsFor = async (user: TestUser) => statementOf(await getStoryFacts({ actor: user.actor, input: { storyId } }), barriers.id)?.labels.map((label) => label.label).sort();
  expect(await labelsFor(alice)).toEqual(['disputed']);
  expect(await labelsFor(editor)).toEqual(['disputed', 'single_source']);
  await completeReview({ actor: alice.actor, input: { reportId: ids.broadcaster } });
  expect(await labelsFor(alice)).toEqual(['disputed', 'single_source']);
  expect(await labelsFor(bob)).toEqual(['single_source']);
});

test('reviewers correct the grouping, audited; corrections win and can be taken back', async () => {
  const { storyId, ids } = await floodStory();
  const volunteers = await defaultClaim(ids.wire, wire[2] ?? '');
  const boats = await defaultClaim(ids.paper, paper[1] ?? '');
  const barriers = await defaultClaim(ids.wire, wire[0] ?? '');
  const barriersElsewhere = await defaultClaim(ids.broadcaster, broadcaster[0] ?? '');

  await correctFacts({
    actor: alice.actor,
    input: { storyId, reason: 'Both describe the volunteers’ night', links: [{ claimId: volunteers.id, otherClaimId: boats.id, sameFact: true }, { claimId: barriers.id, otherClaimId: barriersElsewhere.id, sameFact: false }] },
  });
  let map = await getStoryFacts({ actor: bob.actor, input: { storyId } });
  expect(factOf(map, volunteers.id).map((fact) => fact.statements.map((statement) => statement.claimId).sort())).toEqual([[volunteers.id, boats.id].sort()]);
  expect(factOf(map, volunteers.id)[0]?.corrected).toBe(true);
  expect(factOf(map, barriers.id).some((fact) => fact.statements.some((statement) => statement.claimId === barriersElsewhere.id))).toBe(false);

  const events = await db.auditEvent.findMany({ where: { action: 'facts.corrected', entityId: storyId }, select: { actorId: true, before: true, after: true, reason: true } });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ actorId: alice.id, reason: 'Both describe the volunteers’ night' });
  expect(events[0]?.before).toEqual({ links: expect.arrayContaining([expect.objectContaining({ sameFact: null })]) });

  await correctFacts({ actor: bob.actor, input: { storyId, links: [{ claimId: barriersElsewhere.id, otherClaimId: barriers.id, sameFact: null }] } });
  map = await getStoryFacts({ actor: bob.actor, input: { storyId } });
  expect(factOf(map, barriers.id).some((fact) => fact.statements.some((statement) => statement.claimId === barriersElsewhere.id))).toBe(true);
  const [undo] = await db.auditEvent.findMany({ where: { action: 'facts.corrected', entityId: storyId, actorId: bob.id }, select: { before: true, after: true } });
  expect(undo?.before).toEqual({ links: [{ claimIds: [barriers.id, barriersElsewhere.id].sort(), sameFact: false }] });
  expect(undo?.after).toEqual({ links: [{ claimIds: [barriers.id, barriersElsewhere.id].sort(), sameFact: null }] });
});

test('bad corrections name the field and change nothing', async () => {
  const { storyId, ids } = await floodStory();
  const other = await floodStory();
  const volunteers = await defaultClaim(ids.wire, wire[2] ?? '');
  const elsewhere = await defaultClaim(other.ids.paper, paper[1] ?? '');
  const refusal = async (input: unknown) => {
    try {
      await correctFacts({ actor: alice.actor, input });
    } catch (error) {
      if (error instanceof AppError) return { code: error.code, field: error.field };
      throw error;
    }
    throw new Error('expected a refusal');
  };
  expect(await refusal({ storyId, links: [{ claimId: volunteers.id, otherClaimId: elsewhere.id, sameFact: true }] })).toEqual({ code: 'invalid', field: 'links.0.otherClaimId' });
  expect(await refusal({ storyId, links: [{ claimId: volunteers.id, otherClaimId: volunteers.id, sameFact: true }] })).toMatchObject({ field: 'links.0.otherClaimId' });
  expect(await refusal({ storyId, links: [] })).toMatchObject({ field: 'links' });
  expect(await refusal({ storyId: randomUUID(), links: [{ claimId: volunteers.id, otherClaimId: elsewhere.id, sameFact: true }] })).toEqual({ code: 'not_found', field: 'storyId' });
  expect(await refusal({ storyId, links: [{ claimId: volunteers.id, otherClaimId: elsewhere.id, sameFact: 'yes' }] })).toMatchObject({ field: 'links.0.sameFact' });
  expect(await db.factLink.count({ where: { OR: [{ claimId: volunteers.id }, { otherClaimId: volunteers.id }] } })).toBe(0);
  expect(await db.auditEvent.count({ where: { action: 'facts.corrected', entityId: storyId } })).toBe(0);
});

test('the API gives the fact map and takes corrections', async () => {
  const { storyId, ids } = await floodStory();
  const { token } = await issueApiToken({ actor: alice.actor, input: { name: 'facts' } });
  const response = await routeResponse(token, 'GET', '/api/v1/stories/[storyId]/facts', { storyId });
  expect(response.status).toBe(200);
  const body = (await response.json()) as StoryFactsView;
  expect(Object.keys(body).sort()).toEqual(['facts', 'independence', 'reports', 'story']);
  expect(body.facts[0]).toMatchObject({ id: expect.any(String), statements: expect.any(Array), proposedLabel: expect.any(String), reasons: expect.any(Array), mismatches: expect.any(Array) });
  expect(body.facts[0]?.statements[0]).toMatchObject({ sentenceId: expect.any(String), claimId: expect.any(String), reportId: expect.any(String), text: expect.any(String) });
  expect((await routeResponse(token, 'GET', '/api/v1/stories/[storyId]/facts', { storyId: randomUUID() })).status).toBe(404);

  const volunteers = await defaultClaim(ids.wire, wire[2] ?? '');
  const boats = await defaultClaim(ids.paper, paper[1] ?? '');
  const corrected = await routeResponse(token, 'POST', '/api/v1/stories/[storyId]/facts/corrections', { storyId }, { body: { links: [{ claimId: volunteers.id, otherClaimId: boats.id, sameFact: true }] } });
  expect(corrected.status).toBe(200);
  expect(await db.factLink.count({ where: { sameFact: true, OR: [{ claimId: volunteers.id }, { otherClaimId: volunteers.id }] } })).toBe(1);
});

test('a verdict records the label proposed when it was saved, in the verdict and its audit event', async () => {
  const { storyId, ids } = await floodStory();
  const volunteers = await defaultClaim(ids.wire, wire[2] ?? '');
  const map = await getStoryFacts({ actor: alice.actor, input: { storyId } });
  const proposed = statementOf(map, volunteers.id)?.proposedLabel;
  expect(proposed).toBe('single_source');
  const saved = await saveVerdict({ actor: alice.actor, input: { claimId: volunteers.id, label: 'single_source', note: '', proposedLabel: proposed } });
  expect(saved.proposedLabel).toBe('single_source');
  const event = await db.auditEvent.findFirst({ where: { action: 'verdict.saved', entityId: saved.id }, select: { after: true } });
  expect(event?.after).toMatchObject({ label: 'single_source', proposedLabel: 'single_source' });
  const unproposed = await saveVerdict({ actor: bob.actor, input: { claimId: volunteers.id, label: 'single_source', note: '' } });
  expect(unproposed.proposedLabel).toBeNull();
  await expect(saveVerdict({ actor: bob.actor, input: { claimId: volunteers.id, label: 'single_source', note: '', version: unproposed.version, proposedLabel: 'likely' } })).rejects.toMatchObject({ field: 'proposedLabel' });
});
