import { beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { createClaim } from '@/lib/claims/create-claim';
import { db } from '@/lib/db';
import { followDesk, followReport } from '@/lib/live/follow-report';
import { importReport } from '@/lib/reports/import-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { createTestUser } from '../../support/factories';
import { readLiveStream, type LiveReader } from '../../support/live-stream';
import { refusal } from '../../support/refusal';

type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let editor: TestUser;
let alice: TestUser;
let bob: TestUser;
let reportId: string;
let otherReportId: string;
let sentenceId: string;
let claimId: string;

beforeAll(async () => {
  [editor, alice, bob] = await Promise.all([createTestUser({ role: 'editor', name: 'Erin Editor' }), createTestUser({ name: 'Alice Reviewer' }), createTestUser({ name: 'Bob Reviewer' })]);
  reportId = (await importReport({ actor: cliActor, input: { outlet: 'Live Wire', body: 'Envoys met in Seoul on Friday. They spoke of cyber theft. Officials named no figures.' } })).id;
  otherReportId = (await importReport({ actor: cliActor, input: { outlet: 'Other Wire', body: 'A different story about ports. Ships were late.' } })).id;
  const sentence = await db.sentence.findFirstOrThrow({ where: { reportId, kind: 'body' }, orderBy: { index: 'asc' }, select: { id: true } });
  sentenceId = sentence.id;
  claimId = (await db.claim.findFirstOrThrow({ where: { reportId, sentenceId, isDefault: true }, select: { id: true } })).id;
  for (const reviewer of [alice, bob]) await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: reviewer.id } });
});

async function follow(viewer: TestUser, input: Record<string, unknown> = {}): Promise<LiveReader> {
  const abort = new AbortController();
  const reader = readLiveStream(await followReport({ actor: viewer.actor, input: { reportId, ...input }, signal: abort.signal }));
  await reader.waitFor('the opening comment', () => true);
  return { ...reader, close: async () => (abort.abort(), await reader.close()) };
}

test('a save reaches every page following the report as it commits: which change, by whom, on which sentence, and never the label or note', async () => {
  const [editorPage, alicePage] = await Promise.all([follow(editor), follow(alice)]);
  // A change to another report is not heard here.
  const otherSentence = await db.sentence.findFirstOrThrow({ where: { reportId: otherReportId, kind: 'body' }, select: { id: true } });
  await createClaim({ actor: bob.actor, input: { sentenceId: otherSentence.id, start: 0, end: 11 } });

  const { id: bobsClaim } = await createClaim({ actor: bob.actor, input: { sentenceId, start: 0, end: 6 } });
  await saveVerdict({ actor: bob.actor, input: { claimId, label: 'single_source', note: 'Only one wire says so' } });
  const saved = (events: ReturnType<LiveReader['events']>) => events.some((event) => event.data.action === 'verdict.saved');
  await Promise.all([editorPage.waitFor('the save, for the editor', saved), alicePage.waitFor('the save, for Alice', saved)]);

  const heard = alicePage.events().map((event) => event.data);
  expect(heard).toEqual([
    { sequence: expect.any(String), action: 'claim.created', entityType: 'claim', reportId, sentenceId, actor: 'Bob Reviewer', at: expect.any(String) },
    { sequence: expect.any(String), action: 'verdict.saved', entityType: 'verdict', reportId, sentenceId, actor: 'Bob Reviewer', at: expect.any(String) },
  ]);
  // On the wire, under blind review, nothing of Bob's verdict or his ids: only that he changed something.
  for (const text of [alicePage.text(), editorPage.text()]) {
    expect(text).not.toMatch(/single_source|Only one wire|evidence/);
    expect(text).not.toContain(bob.id);
  }
  expect(alicePage.text()).not.toContain(bobsClaim);
  // Editors are told which claim and verdict changed.
  expect(editorPage.events().map((event) => event.data.entityId)).toEqual([bobsClaim, expect.any(String)]);
  expect(editorPage.events().map((event) => event.id)).toEqual(alicePage.events().map((event) => event.id));
  await Promise.all([editorPage.close(), alicePage.close()]);
});

test('a page resuming after the last event it saw gets what it missed, once, then what comes next; a status change says the new status', async () => {
  const first = await follow(editor);
  await saveVerdict({ actor: alice.actor, input: { claimId, label: 'corroborated', note: 'Seen elsewhere', evidence: [{ url: 'https://example.org/seoul', quote: 'The envoys met in Seoul', relation: 'supports' }] } });
  await first.waitFor('Alice’s save', (events) => events.length === 1);
  const [seen] = first.events();
  await first.close();

  await saveVerdict({ actor: bob.actor, input: { claimId, label: 'single_source', note: 'Only one wire', version: 1 } });
  await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } });
  const resumed = await follow(editor, { after: seen?.id });
  await resumed.waitFor('the two missed events', (events) => events.length === 2);
  expect(resumed.events().map((event) => [event.data.action, event.data.actor, event.data.status])).toEqual([
    ['verdict.saved', 'Bob Reviewer', undefined],
    ['report.status_changed', 'Erin Editor', 'in_adjudication'],
  ]);
  // Her own change is marked hers, so her page does not read itself again for it; Bob's is not.
  expect(resumed.events().map((event) => event.data.mine)).toEqual([undefined, true]);
  await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_review' } });
  await resumed.waitFor('the next status change', (events) => events.at(-1)?.data.status === 'in_review');
  expect(new Set(resumed.events().map((event) => event.id)).size).toBe(resumed.events().length);
  await resumed.close();
});

test('the desk (editors and admins) hears the changes of every report, in order; reviewers may not follow it', async () => {
  const abort = new AbortController();
  const desk = readLiveStream(await followDesk({ actor: editor.actor, input: {}, signal: abort.signal }));
  const otherSentence = await db.sentence.findFirstOrThrow({ where: { reportId: otherReportId, kind: 'body' }, orderBy: { index: 'desc' }, select: { id: true } });
  await createClaim({ actor: alice.actor, input: { sentenceId: otherSentence.id, start: 0, end: 5 } });
  await createClaim({ actor: alice.actor, input: { sentenceId, start: 7, end: 10 } });
  await desk.waitFor('both claims', (events) => events.length === 2);
  expect(desk.events().map((event) => [event.data.action, event.data.reportId])).toEqual([
    ['claim.created', otherReportId],
    ['claim.created', reportId],
  ]);
  abort.abort();
  await desk.close();
  expect(await refusal(() => followDesk({ actor: alice.actor, input: {}, signal: new AbortController().signal }))).toMatchObject({ code: 'forbidden' });
  expect(await refusal(() => followDesk({ actor: editor.actor, input: { after: '-1' }, signal: new AbortController().signal }))).toMatchObject({ code: 'invalid', field: 'after' });
});

test('bad input is refused naming the field; a report that is not there is a 404; only readers of reports may follow', async () => {
  expect(await refusal(() => followReport({ actor: editor.actor, input: { reportId: 'nope' }, signal: new AbortController().signal }))).toMatchObject({ code: 'invalid', field: 'reportId' });
  expect(await refusal(() => followReport({ actor: editor.actor, input: { reportId, after: 'yesterday' }, signal: new AbortController().signal }))).toMatchObject({ code: 'invalid', field: 'after' });
  expect(await refusal(() => followReport({ actor: editor.actor, input: { reportId: '01a25313-0000-7000-8000-000000000000' }, signal: new AbortController().signal }))).toMatchObject({ code: 'not_found', field: 'reportId' });
});

test('one person may have a bounded number of pages following at once; closing one frees its place', async () => {
  const pages = await Promise.all(Array.from({ length: 8 }, () => follow(alice)));
  expect(await refusal(() => followReport({ actor: alice.actor, input: { reportId }, signal: new AbortController().signal }))).toMatchObject({ code: 'unavailable', message: expect.stringContaining('8 pages following') });
  // Others are not limited by her pages.
  const editorPage = await follow(editor);
  await pages[0]?.close();
  const again = await follow(alice);
  await Promise.all([...pages.slice(1), editorPage, again].map((page) => page.close()));
});
