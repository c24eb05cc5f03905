import { randomUUID } from 'node:crypto';
import { beforeAll, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { correctFactGrouping } from '@/lib/facts/correct-fact-grouping';
import { factMapPageSize, getFactMap, type FactMapView } from '@/lib/facts/get-fact-map';
import { importReport } from '@/lib/reports/import-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { broadcaster, defaultClaim, floodStory, paper, wire } from '../../support/flood-story';
import { refusal } from '../../support/refusal';
import { createReviewTeam, type TestUser } from '../../support/review-team';

let editor: TestUser;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  ({ editor, alice, bob } = await createReviewTeam());
});

const factOf = (map: FactMapView, claimId: string) => map.facts.find((fact) => fact.statements.some((statement) => statement.claimId === claimId));
const numbersOf = (map: FactMapView) => map.facts.map((fact) => fact.number);

test('the fact map marks the derived report with why, counts what each filter keeps and keeps each fact’s number under every filter', async () => {
  const { storyId, ids, outlets } = await floodStory(editor.actor);
  const all = await getFactMap({ actor: editor.actor, input: { storyId } });
  expect(all.reports.find((report) => report.id === ids.paper)?.derivedFrom).toEqual([{ reportId: ids.wire, outlet: outlets.wire, reasons: [`${outlets.paper} credits ${outlets.wire}`] }]);
  expect(all.reports.find((report) => report.id === ids.broadcaster)?.derivedFrom).toEqual([]);
  expect(numbersOf(all)).toEqual(all.facts.map((_, position) => position + 1));

  const barriers = await defaultClaim(ids.wire, wire[0] ?? '');
  const evacuated = await defaultClaim(ids.wire, wire[1] ?? '');
  const volunteers = await defaultClaim(ids.wire, wire[2] ?? '');
  const oneOutlet = await getFactMap({ actor: editor.actor, input: { storyId, filter: 'one-outlet' } });
  expect(factOf(oneOutlet, volunteers.id)).toBeDefined();
  expect(factOf(oneOutlet, barriers.id)).toBeUndefined();
  expect(factOf(oneOutlet, volunteers.id)?.number).toBe(factOf(all, volunteers.id)?.number);
  const disputed = await getFactMap({ actor: editor.actor, input: { storyId, filter: 'disputed' } });
  expect(disputed.facts.map((fact) => fact.statements.map((statement) => statement.claimId).includes(evacuated.id))).toEqual([true]);
  expect(all.counts).toEqual({ all: all.facts.length, 'one-outlet': oneOutlet.facts.length, disputed: 1, 'no-verdicts': all.facts.length });
  expect(oneOutlet.counts).toEqual(all.counts);
});

test('facts without verdicts are judged on what the viewer may see: blind review applies', async () => {
  const { storyId, ids } = await floodStory(editor.actor);
  const volunteers = await defaultClaim(ids.wire, wire[2] ?? '');
  await saveVerdict({ actor: alice.actor, input: { claimId: volunteers.id, label: 'disputed', note: '', evidence: [{ url: 'https://example.test/mayor', quote: 'The mayor was away.', relation: 'contradicts' }] } });
  const forAlice = await getFactMap({ actor: alice.actor, input: { storyId, filter: 'no-verdicts' } });
  const forBob = await getFactMap({ actor: bob.actor, input: { storyId, filter: 'no-verdicts' } });
  expect(factOf(forAlice, volunteers.id)).toBeUndefined();
  expect(factOf(forBob, volunteers.id)?.statements[0]?.labels).toEqual([]);
  // Alice's label makes the fact disputed for her; Bob, under blind review, does not see it.
  expect(factOf(await getFactMap({ actor: alice.actor, input: { storyId, filter: 'disputed' } }), volunteers.id)).toBeDefined();
  expect(factOf(await getFactMap({ actor: bob.actor, input: { storyId, filter: 'disputed' } }), volunteers.id)).toBeUndefined();
});

test('the fact map comes in pages; a bad filter, page or story names the field', async () => {
  const marker = randomUUID().slice(0, 8);
  const body = Array.from({ length: factMapPageSize + 5 }, (_, n) => `Gauge ${n} of ${marker} read ${n + 1} metres at station ${n}.`).join('\n\n');
  const { id } = await importReport({ actor: editor.actor, input: { outlet: `River Log ${marker}`, body } });
  const story = await db.story.create({ data: { title: `Gauges ${marker}` }, select: { id: true } });
  await db.report.update({ where: { id }, data: { storyId: story.id } });
  const first = await getFactMap({ actor: editor.actor, input: { storyId: story.id } });
  expect(first).toMatchObject({ page: 1, pages: 2 });
  expect(first.facts).toHaveLength(factMapPageSize);
  const second = await getFactMap({ actor: editor.actor, input: { storyId: story.id, page: '2' } });
  expect(second.facts[0]?.number).toBe(factMapPageSize + 1);
  expect(second.facts.length).toBe(first.counts.all - factMapPageSize);

  expect(await refusal(() => getFactMap({ actor: editor.actor, input: { storyId: story.id, page: '3' } }))).toMatchObject({ code: 'not_found', field: 'page' });
  expect(await refusal(() => getFactMap({ actor: editor.actor, input: { storyId: story.id, page: 'two' } }))).toMatchObject({ code: 'invalid', field: 'page' });
  expect(await refusal(() => getFactMap({ actor: editor.actor, input: { storyId: story.id, filter: 'loud' } }))).toMatchObject({ code: 'invalid', field: 'filter' });
  expect(await refusal(() => getFactMap({ actor: editor.actor, input: { storyId: randomUUID() } }))).toMatchObject({ code: 'not_found', field: 'storyId' });
});

test('a reviewer splits a statement out, moves one and merges two facts; each is one audited correction', async () => {
  const { storyId, ids } = await floodStory(editor.actor);
  const barriers = await defaultClaim(ids.wire, wire[0] ?? '');
  const barriersElsewhere = await defaultClaim(ids.broadcaster, broadcaster[0] ?? '');
  const volunteers = await defaultClaim(ids.wire, wire[2] ?? '');
  const boats = await defaultClaim(ids.paper, paper[1] ?? '');
  const insurers = await defaultClaim(ids.broadcaster, broadcaster[2] ?? '');
  const current = () => getFactMap({ actor: alice.actor, input: { storyId } });
  const statementsOf = (map: FactMapView, claimId: string) => factOf(map, claimId)?.statements.map((statement) => statement.claimId).sort();

  let map = await current();
  const barrierFact = factOf(map, barriers.id);
  expect(barrierFact?.statements).toHaveLength(3);
  await correctFactGrouping({ actor: alice.actor, input: { change: 'split', storyId, factId: barrierFact?.id, claimId: barriersElsewhere.id, reason: 'A different barrier' } });
  map = await current();
  expect(statementsOf(map, barriersElsewhere.id)).toEqual([barriersElsewhere.id]);
  expect(statementsOf(map, barriers.id)).toHaveLength(2);
  const [split] = await db.auditEvent.findMany({ where: { action: 'facts.corrected', entityId: storyId }, select: { actorId: true, after: true, reason: true } });
  expect(split).toMatchObject({ actorId: alice.id, reason: 'A different barrier' });
  expect((split?.after as { links: { sameFact: boolean }[] }).links).toEqual([expect.objectContaining({ sameFact: false }), expect.objectContaining({ sameFact: false })]);

  await correctFactGrouping({ actor: alice.actor, input: { change: 'move', storyId, factId: factOf(map, boats.id)?.id, claimId: boats.id, otherFactId: factOf(map, volunteers.id)?.id } });
  map = await current();
  expect(statementsOf(map, volunteers.id)).toEqual([volunteers.id, boats.id].sort());

  await correctFactGrouping({ actor: bob.actor, input: { change: 'merge', storyId, factId: factOf(map, volunteers.id)?.id, otherFactId: factOf(map, insurers.id)?.id } });
  map = await current();
  expect(statementsOf(map, insurers.id)).toEqual([volunteers.id, boats.id, insurers.id].sort());
  expect(factOf(map, insurers.id)?.corrected).toBe(true);
  expect(await db.auditEvent.count({ where: { action: 'facts.corrected', entityId: storyId } })).toBe(3);
});

test('a correction of a fact that changed, or of a statement not in it, is refused naming the field, and nothing changes', async () => {
  const { storyId, ids } = await floodStory(editor.actor);
  const volunteers = await defaultClaim(ids.wire, wire[2] ?? '');
  const barriers = await defaultClaim(ids.wire, wire[0] ?? '');
  const map = await getFactMap({ actor: alice.actor, input: { storyId } });
  const volunteerFact = factOf(map, volunteers.id)?.id;
  const barrierFact = factOf(map, barriers.id)?.id;
  const correct = (input: Record<string, unknown>) => refusal(() => correctFactGrouping({ actor: alice.actor, input: { storyId, ...input } }));
  expect(await correct({ change: 'split', factId: volunteerFact, claimId: volunteers.id })).toMatchObject({ code: 'invalid', field: 'claimId' });
  expect(await correct({ change: 'split', factId: barrierFact, claimId: volunteers.id })).toMatchObject({ code: 'invalid', field: 'claimId' });
  expect(await correct({ change: 'merge', factId: barrierFact, otherFactId: barrierFact })).toMatchObject({ code: 'invalid', field: 'otherFactId' });
  expect(await correct({ change: 'merge', factId: barrierFact, otherFactId: 'f'.repeat(24) })).toMatchObject({ code: 'conflict', field: 'otherFactId' });
  expect(await correct({ change: 'merge', factId: 'nope', otherFactId: barrierFact })).toMatchObject({ code: 'invalid', field: 'factId' });
  expect(await correct({ change: 'join', factId: barrierFact })).toMatchObject({ code: 'invalid', field: 'change' });
  expect(await db.auditEvent.count({ where: { action: 'facts.corrected', entityId: storyId } })).toBe(0);
  expect(await db.factLink.count({ where: { OR: [{ claimId: volunteers.id }, { otherClaimId: volunteers.id }] } })).toBe(0);
});
