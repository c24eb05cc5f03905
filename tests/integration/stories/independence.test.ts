import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { reviseReport } from '@/lib/reports/revise-report';
import { clearSourceDecision, decideSourceRelation } from '@/lib/stories/decide-source-relation';
import { getStoryIndependence } from '@/lib/stories/get-story-independence';
import { loadIndependence, orderedPair } from '@/lib/stories/load-independence';
import { refreshTextReuse } from '@/lib/stories/text-reuse-cache';
import { routeResponse } from '../../support/permission-calls';
import { refusal } from '../../support/refusal';
import { createReviewTeam, type TestUser } from '../../support/review-team';
import { importText, reportText, storyOf } from '../../support/story-reports';

let editor: TestUser;
let alice: TestUser;
let reuters: string;
let dw: string;
let forum: string;
let lightCopy: string;
let paraphrase: string;

beforeAll(async () => {
  ({ editor, alice } = await createReviewTeam());
  reuters = await importText('reuters.txt', 'Reuters', { credits: ['Reuters'], publishedOn: '2023-04-07' });
  dw = await importText('dw.txt', 'DW (Deutsche Welle)', { credits: ['AP', 'AFP', 'Reuters'], publishedOn: '2023-04-07' });
  forum = await importText('ipdefenseforum.txt', 'Indo-Pacific Defense FORUM', { publishedOn: '2023-04-10' });
  lightCopy = await importText('forum-light-edit.txt', 'Asia Security Brief', { publishedOn: '2023-04-12' });
  paraphrase = await importText('forum-paraphrase.txt', 'Regional Watch');
});

/** How many queries `read` sends that read a report's body. */
async function reportBodiesReadDuring<T>(read: () => Promise<T>): Promise<{ result: T; count: number }> {
  let count = 0;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
    if (/"body".* FROM "public"\."reports"/.test(text)) count += 1;
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  try {
    return { result: await read(), count };
  } finally {
    pg.Client.prototype.query = query as typeof pg.Client.prototype.query;
  }
}

const pairWith = async (reportId: string, otherId: string) => {
  const pair = (await loadIndependence(db, reportId, [otherId])).get(otherId);
  if (!pair) throw new Error('expected the pair');
  return pair;
};

const smallReport = async (outlet: string, credits: string[]) => {
  const marker = randomUUID();
  const { id } = await importReport({ actor: cliActor, input: { outlet, credits, body: `Talks resumed in Geneva on Monday (${marker}).\n\nThe delegations met for four hours.` } });
  return id;
};

describe('loadIndependence', () => {
  test('a lightly edited copy without a credit line is derived by text reuse, the later-published report the copy', async () => {
    const pair = await pairWith(forum, lightCopy);
    expect(pair).toMatchObject({ independent: false, derivedReportId: lightCopy });
    expect(pair.reasons).toHaveLength(1);
    expect(pair.reasons[0]?.kind).toBe('text_reuse');
    expect(pair.reasons[0]?.detail).toMatch(/^\d+% of .+’s unquoted wording recurs in .+ in runs of 8\+ words; Asia Security Brief is the copy, published later/);
  });

  test('a sentence-by-sentence paraphrase is derived too; without its publication date, the later import is taken as the copy', async () => {
    const pair = await pairWith(paraphrase, forum);
    expect(pair).toMatchObject({ independent: false, derivedReportId: paraphrase });
    expect(pair.reasons[0]?.detail).toMatch(/^\d+ of \d+ of Regional Watch’s sentences follow Indo-Pacific Defense FORUM’s in order; Regional Watch is taken as the copy: imported later/);
  });

  test('reports of one event in their own words are independent, with no reasons', async () => {
    expect(await pairWith(reuters, forum)).toEqual({ otherReportId: forum, independent: true, derivedReportId: null, reasons: [] });
    expect(await pairWith(dw, forum)).toMatchObject({ independent: true, reasons: [] });
  });

  test('a credit line comes before text reuse: DW credits Reuters', async () => {
    expect(await pairWith(reuters, dw)).toEqual({ otherReportId: dw, independent: false, derivedReportId: dw, reasons: [{ kind: 'credit', detail: 'DW (Deutsche Welle) credits Reuters' }] });
  });

  test('two reports of one outlet are not independent sources of each other, however differently worded', async () => {
    const [first, second] = [await smallReport('Harbour Gazette', []), await smallReport('harbour gazette', [])];
    expect(await pairWith(first, second)).toEqual({ otherReportId: second, independent: false, derivedReportId: null, reasons: [{ kind: 'same_outlet', detail: 'both are reports of Harbour Gazette' }] });
  });

  test('two reports crediting the same wire service are not independent of each other, direction unknown; different services are', async () => {
    const [first, second, third] = [await smallReport('Geneva Post', ['AFP']), await smallReport('Lake Times', ['afp', 'Local staff']), await smallReport('Alps Daily', ['AP'])];
    expect(await pairWith(first, second)).toMatchObject({ independent: false, derivedReportId: null, reasons: [{ kind: 'credit', detail: 'both credit AFP: which is the copy is unknown' }] });
    expect(await pairWith(first, third)).toMatchObject({ independent: true });
  });

  test('an editor’s decision wins over credit lines and text reuse, and clearing it brings them back', async () => {
    await decideSourceRelation({ actor: editor.actor, input: { reportId: dw, otherReportId: reuters, relation: 'independent', reason: 'DW reported this one itself' } });
    await decideSourceRelation({ actor: editor.actor, input: { reportId: forum, otherReportId: lightCopy, relation: 'derived', derivedReportId: forum } });
    await decideSourceRelation({ actor: editor.actor, input: { reportId: forum, otherReportId: reuters, relation: 'derived' } });

    expect(await pairWith(reuters, dw)).toMatchObject({ independent: true, derivedReportId: null, reasons: [{ kind: 'editor', detail: 'An editor decided these reports are independent: DW reported this one itself' }] });
    expect(await pairWith(lightCopy, forum)).toMatchObject({ independent: false, derivedReportId: forum, reasons: [{ kind: 'editor', detail: 'An editor decided Indo-Pacific Defense FORUM is derived from Asia Security Brief' }] });
    expect(await pairWith(forum, reuters)).toMatchObject({ independent: false, derivedReportId: null, reasons: [{ kind: 'editor' }] });

    await clearSourceDecision({ actor: editor.actor, input: { reportId: reuters, otherReportId: dw } });
    await clearSourceDecision({ actor: editor.actor, input: { reportId: lightCopy, otherReportId: forum } });
    await clearSourceDecision({ actor: editor.actor, input: { reportId: reuters, otherReportId: forum } });
    expect((await pairWith(reuters, dw)).reasons[0]?.kind).toBe('credit');
    expect((await pairWith(lightCopy, forum)).reasons[0]?.kind).toBe('text_reuse');
    expect((await pairWith(reuters, forum)).independent).toBe(true);
  });
});

describe('the text reuse store', () => {
  test('is filled for the other reports of a story when a report is revised, and read from there until a revision makes it stale', async () => {
    const original = await importText('statement-report-a.txt', 'Metro Daily', { publishedOn: '2023-05-02' });
    const copyBody = reportText('statement-report-a.txt').replace('By the Metro desk', 'From our newsroom');
    const { id: copy } = await importReport({ actor: cliActor, input: { outlet: 'Harbor Now', body: copyBody, publishedOn: '2023-05-03' } });
    const independent = await importText('statement-report-b.txt', 'Coast Herald', { publishedOn: '2023-05-02' });
    await storyOf([original, copy, independent]);
    expect(await db.textReuse.count({ where: { OR: [{ reportId: copy }, { otherReportId: copy }] } })).toBe(0);

    await reviseReport({ actor: editor.actor, input: { reportId: copy, body: `${copyBody}\nThe board will meet again on Friday.\n` } });
    const rows = await db.textReuse.findMany({ where: { OR: [{ reportId: copy }, { otherReportId: copy }] }, orderBy: { computedAt: 'asc' } });
    expect(rows).toHaveLength(2);
    const [first, second] = orderedPair(original, copy);
    const stored = rows.find((row) => row.reportId === first && row.otherReportId === second);
    expect(stored).toMatchObject({ reused: true, reportRevision: first === copy ? 2 : 1, otherReportRevision: second === copy ? 2 : 1 });
    expect(rows.find((row) => row !== stored)?.reused).toBe(false);

    // What is stored is what loadIndependence reads: it measures nothing again.
    expect((await pairWith(original, copy)).reasons[0]?.detail).toMatch(/of Harbor Now’s unquoted wording recurs in Metro Daily in runs of 8\+ words; Harbor Now is the copy, published later \(2023-05-03, Metro Daily 2023-05-02\)$/);
    await db.textReuse.update({ where: { reportId_otherReportId: { reportId: first, otherReportId: second } }, data: { reused: false } });
    expect(await pairWith(original, copy)).toMatchObject({ independent: true });

    // A stored measure of an older revision is not used.
    await db.textReuse.update({ where: { reportId_otherReportId: { reportId: first, otherReportId: second } }, data: { reportRevision: 0 } });
    expect(await pairWith(original, copy)).toMatchObject({ independent: false, derivedReportId: copy });
    expect(await runTransaction((tx) => refreshTextReuse(tx, copy))).toBe(1);
    expect(await runTransaction((tx) => refreshTextReuse(tx, copy))).toBe(0);
  });
});

describe('reports outside a story', () => {
  test('are measured when read, and the measure is kept for the same revisions only: a revision is measured again', async () => {
    const originalBody = `${reportText('statement-report-b.txt')}\nThe harbour office did not comment.\n`;
    const { id: original } = await importReport({ actor: cliActor, input: { outlet: 'Bay Ledger', body: originalBody, publishedOn: '2023-06-01' } });
    const copyBody = originalBody.replace(/\n/, '\nAs reported elsewhere.\n');
    const { id: copy } = await importReport({ actor: cliActor, input: { outlet: 'Inlet Post', body: copyBody, publishedOn: '2023-06-02' } });
    expect(await db.textReuse.count({ where: { OR: [{ reportId: copy }, { otherReportId: copy }] } })).toBe(0);
    expect(await pairWith(copy, original)).toMatchObject({ independent: false, derivedReportId: copy });

    // Read again, the pair is not measured again: neither body is read.
    const bodiesRead = await reportBodiesReadDuring(() => pairWith(copy, original));
    expect(bodiesRead.result).toMatchObject({ independent: false, derivedReportId: copy });
    expect(bodiesRead.count).toBe(0);

    // A new revision in its own words is measured afresh.
    await reviseReport({ actor: editor.actor, input: { reportId: copy, body: `${reportText('statement-report-a.txt')}\nThe inlet ferry runs again on Monday.\n` } });
    expect(await pairWith(copy, original)).toMatchObject({ independent: true, reasons: [] });
  });
});

describe('decideSourceRelation', () => {
  test('upserts the pair lower id first and audits each decision with the one before it', async () => {
    const [a, b] = [await smallReport('North Wire', []), await smallReport('South Wire', [])];
    const pair = orderedPair(a, b);
    await decideSourceRelation({ actor: editor.actor, input: { reportId: pair[1], otherReportId: pair[0], relation: 'derived', derivedReportId: pair[1], reason: 'Same phrasing throughout' } });
    await decideSourceRelation({ actor: editor.actor, input: { reportId: pair[0], otherReportId: pair[1], relation: 'independent' } });

    expect(await db.sourceDecision.findMany({ where: { reportId: pair[0] } })).toMatchObject([{ otherReportId: pair[1], relation: 'independent', derivedReportId: null, reason: null, decidedById: editor.id }]);
    const events = await db.auditEvent.findMany({ where: { entityType: 'source_decision', entityId: pair.join(',') }, orderBy: { sequence: 'asc' } });
    expect(events.map(({ action, reportId, actorId, reason, before, after }) => ({ action, reportId, actorId, reason, before, after }))).toEqual([
      {
        action: 'source.decided',
        reportId: pair[0],
        actorId: editor.id,
        reason: 'Same phrasing throughout',
        before: null,
        after: { reportIds: pair, relation: 'derived', derivedReportId: pair[1], reason: 'Same phrasing throughout', previous: null },
      },
      {
        action: 'source.decided',
        reportId: pair[0],
        actorId: editor.id,
        reason: null,
        before: { relation: 'derived', derivedReportId: pair[1], reason: 'Same phrasing throughout' },
        after: { reportIds: pair, relation: 'independent', derivedReportId: null, reason: null, previous: { relation: 'derived', derivedReportId: pair[1], reason: 'Same phrasing throughout' } },
      },
    ]);

    await clearSourceDecision({ actor: editor.actor, input: { reportIds: [pair[1], pair[0]], reason: 'Wrong pair' } });
    expect(await db.sourceDecision.count({ where: { reportId: pair[0] } })).toBe(0);
    const cleared = await db.auditEvent.findFirst({ where: { action: 'source.decision_cleared', entityId: pair.join(',') } });
    expect(cleared).toMatchObject({ before: { relation: 'independent', derivedReportId: null, reason: null }, after: null, reason: 'Wrong pair' });
  });

  test('only editors and admins decide; bad input is refused naming the field, and nothing changes', async () => {
    const [a, b] = [await smallReport('East Wire', []), await smallReport('West Wire', [])];
    const eventsBefore = await db.auditEvent.count();
    const decide = (input: Record<string, unknown>, actor = editor.actor) => refusal(() => decideSourceRelation({ actor, input: { reportId: a, otherReportId: b, relation: 'derived', ...input } }));

    expect(await decide({}, alice.actor)).toMatchObject({ code: 'forbidden', message: 'Only signed-in editors and admins can decide whether reports are independent sources' });
    expect(await refusal(() => decideSourceRelation({ actor: cliActor, input: { reportId: a, otherReportId: b, relation: 'independent' } }))).toMatchObject({ code: 'forbidden' });
    expect(await decide({ otherReportId: a })).toMatchObject({ code: 'invalid', field: 'otherReportId' });
    expect(await decide({ otherReportId: randomUUID() })).toMatchObject({ code: 'not_found', field: 'otherReportId', message: 'No report has this id' });
    expect(await decide({ reportId: randomUUID() })).toMatchObject({ code: 'not_found', field: 'reportId' });
    expect(await decide({ derivedReportId: randomUUID() })).toMatchObject({ code: 'invalid', field: 'derivedReportId', message: 'derivedReportId must be one of the two reports' });
    expect(await decide({ relation: 'independent', derivedReportId: a })).toMatchObject({ code: 'invalid', field: 'derivedReportId' });
    expect(await decide({ relation: 'copied' })).toMatchObject({ code: 'invalid', field: 'relation' });
    expect(await decide({ reportId: undefined, otherReportId: undefined, reportIds: [a] })).toMatchObject({ code: 'invalid', field: 'reportIds' });
    expect(await decide({ storyId: await storyOf([a]) })).toMatchObject({ code: 'invalid', field: 'otherReportId', message: 'This report is not in this story' });
    expect(await refusal(() => clearSourceDecision({ actor: editor.actor, input: { reportId: a, otherReportId: b } }))).toMatchObject({ code: 'not_found', field: 'reportIds' });
    expect(await refusal(() => clearSourceDecision({ actor: alice.actor, input: { reportId: a, otherReportId: b } }))).toMatchObject({ code: 'forbidden' });

    expect(await db.sourceDecision.count({ where: { OR: [{ reportId: a }, { reportId: b }] } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(eventsBefore);
  });
});

describe('getStoryIndependence', () => {
  test('judges every pair of a story’s reports, with the computed reasons beside an editor’s decision', async () => {
    const reports = [
      await importText('statement-report-c.txt', 'City Explainer', { publishedOn: '2023-05-04' }),
      await importReport({ actor: cliActor, input: { outlet: 'Wire One', credits: ['AFP'], body: `${reportText('statement-report-b.txt')}\nMore later (${randomUUID()}).` } }).then((r) => r.id),
      await importReport({ actor: cliActor, input: { outlet: 'Wire Two', credits: ['AFP'], body: `${reportText('statement-report-a.txt')}\nMore later (${randomUUID()}).` } }).then((r) => r.id),
    ];
    const storyId = await storyOf(reports);
    const [explainer, wireOne, wireTwo] = reports as [string, string, string];
    await decideSourceRelation({ actor: editor.actor, input: { reportId: wireOne, otherReportId: wireTwo, relation: 'independent', reason: 'Both rewrote AFP separately' }, });

    const found = await getStoryIndependence({ actor: alice.actor, input: { storyId } });
    expect(found.reports.map((report) => report.outlet)).toEqual(['City Explainer', 'Wire One', 'Wire Two']);
    expect(found.independence).toHaveLength(3);
    const of = (a: string, b: string) => found.independence.find((pair) => pair.reportIds.join() === orderedPair(a, b).join());
    expect(of(wireOne, wireTwo)).toMatchObject({
      independent: true,
      decided: true,
      reasons: [{ kind: 'editor', detail: 'An editor decided these reports are independent: Both rewrote AFP separately' }],
      computed: { independent: false, derivedReportId: null, reasons: [{ kind: 'credit', detail: 'both credit AFP: which is the copy is unknown' }], textReuse: null },
    });
    const explained = of(explainer, wireOne);
    expect(explained).toMatchObject({ independent: true, decided: false, reasons: [], computed: { independent: true, reasons: [] } });
    expect(explained?.computed.textReuse?.ofReport.runShare).toBe(0);

    expect(await refusal(() => getStoryIndependence({ actor: alice.actor, input: { storyId: randomUUID() } }))).toMatchObject({ code: 'not_found', field: 'storyId' });
    expect(await refusal(() => getStoryIndependence({ actor: alice.actor, input: { storyId: 'story' } }))).toMatchObject({ code: 'invalid', field: 'storyId' });
  });
});

describe('the API', () => {
  test('GET judges the story’s pairs for readers; PUT and DELETE take and take back an editor’s decision; bad input names the field', async () => {
    const [original, copy] = [await smallReport('Explainer Desk', []), await smallReport('Elsewhere', [])];
    const outsider = await smallReport('Outsider', []);
    const storyId = await storyOf([original, copy]);
    const tokenOf = async (user: TestUser) => (await issueApiToken({ actor: cliActor, input: { email: user.email } })).token;
    const [editorToken, readerToken] = [await tokenOf(editor), await tokenOf(alice)];
    const route = '/api/v1/stories/[storyId]/sources';
    const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });

    const read = await json(await routeResponse(readerToken, 'GET', route, { storyId }));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ reports: [{ id: original, outlet: 'Explainer Desk' }, { id: copy, outlet: 'Elsewhere' }], independence: [{ reportIds: orderedPair(original, copy), independent: true, decided: false }] });

    const put = (token: string, body: unknown) => routeResponse(token, 'PUT', route, { storyId }, { body });
    expect((await put(readerToken, { reportIds: [original, copy], relation: 'independent' })).status).toBe(403);
    expect(await json(await put(editorToken, { reportIds: [original, outsider], relation: 'independent' }))).toMatchObject({ status: 422, body: { error: { field: 'otherReportId' } } });
    expect(await json(await put(editorToken, { reportIds: [original, copy], relation: 'derived', derivedReportId: outsider }))).toMatchObject({ status: 422, body: { error: { field: 'derivedReportId' } } });
    expect(await json(await put(editorToken, { reportIds: [original, copy, outsider], relation: 'derived' }))).toMatchObject({ status: 422, body: { error: { field: 'reportIds' } } });
    expect((await routeResponse(editorToken, 'PUT', route, { storyId: randomUUID() }, { body: { reportIds: [original, copy], relation: 'derived' } })).status).toBe(404);

    const decided = await json(await put(editorToken, { reportIds: [copy, original], relation: 'derived', derivedReportId: copy, reason: 'Rewritten from the explainer' }));
    expect(decided).toEqual({ status: 200, body: { reportIds: orderedPair(original, copy), relation: 'derived', derivedReportId: copy, reason: 'Rewritten from the explainer' } });
    expect((await json(await routeResponse(readerToken, 'GET', route, { storyId }))).body).toMatchObject({ independence: [{ independent: false, derivedReportId: copy, decided: true, computed: { independent: true } }] });

    expect((await routeResponse(readerToken, 'DELETE', route, { storyId }, { query: { reportIds: `${original},${copy}` } })).status).toBe(403);
    expect((await routeResponse(editorToken, 'DELETE', route, { storyId }, { query: { reportIds: `${original},${copy}` } })).status).toBe(200);
    expect((await json(await routeResponse(readerToken, 'GET', route, { storyId }))).body).toMatchObject({ independence: [{ independent: true, decided: false }] });
  });
});
