import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { archiveReport } from '@/lib/reports/archive-report';
import { importReport } from '@/lib/reports/import-report';
import { seedDatabase } from '@/lib/seed/seed-database';
import { addReportToStory, removeReportFromStory } from '@/lib/stories/change-story-reports';
import { createStory, storeStory } from '@/lib/stories/create-story';
import { getStory } from '@/lib/stories/get-story';
import { getStoryIndependence } from '@/lib/stories/get-story-independence';
import { listStories } from '@/lib/stories/list-stories';
import { proposeStory } from '@/lib/stories/propose-story';
import { renameStory } from '@/lib/stories/rename-story';
import { refusal } from '../../support/refusal';
import { createReviewTeam, type TestUser } from '../../support/review-team';
import { reportText } from '../../support/story-reports';

const seoulTitle = "Seoul envoys' meeting, 7 April 2023";
let editor: TestUser;
let alice: TestUser;
let seoul: string;
let shipped: string[];

beforeAll(async () => {
  ({ editor, alice } = await createReviewTeam());
  await seedDatabase();
  seoul = (await db.story.findFirstOrThrow({ where: { title: seoulTitle }, select: { id: true } })).id;
  shipped = (await db.report.findMany({ where: { storyId: seoul }, select: { id: true }, orderBy: { createdAt: 'asc' } })).map((report) => report.id);
});

const smallReport = async (outlet: string) =>
  (await importReport({ actor: cliActor, input: { outlet, body: `The council met on Monday (${randomUUID()}).\n\nIt voted on the budget.` } })).id;

const storyEvents = (entityId: string) =>
  db.auditEvent.findMany({ where: { entityType: 'story', entityId }, orderBy: { sequence: 'asc' }, select: { action: true, reportId: true, actorId: true, before: true, after: true } });

describe('the seeded story', () => {
  test('holds the three shipped reports, made once by the seed', async () => {
    expect(shipped).toHaveLength(3);
    expect(await db.story.count({ where: { title: seoulTitle } })).toBe(1);
    await seedDatabase();
    expect(await db.story.count({ where: { title: seoulTitle } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'story.created', entityId: seoul } })).toBe(1);
  });
});

describe('createStory', () => {
  test('makes a story with the reports named, moving each from its story, every step audited', async () => {
    const [a, b] = [await smallReport('Town Crier'), await smallReport('Valley News')];
    const first = await createStory({ actor: editor.actor, input: { title: '  Council budget vote  ', reportIds: [a] } });
    expect(first).toEqual({ id: expect.any(String), title: 'Council budget vote', reportIds: [a] });
    const second = await createStory({ actor: editor.actor, input: { title: 'Council budget, day two', reportIds: [a, b, a] } });
    expect(second.reportIds).toEqual([a, b]);

    expect((await db.report.findUniqueOrThrow({ where: { id: a } })).storyId).toBe(second.id);
    expect(await storyEvents(second.id)).toEqual([
      { action: 'story.created', reportId: null, actorId: editor.id, before: null, after: { title: 'Council budget, day two', reportIds: [a, b] } },
      { action: 'story.report_added', reportId: a, actorId: editor.id, before: { storyId: first.id, title: 'Council budget vote' }, after: { storyId: second.id, title: 'Council budget, day two' } },
      { action: 'story.report_added', reportId: b, actorId: editor.id, before: { storyId: null, title: null }, after: { storyId: second.id, title: 'Council budget, day two' } },
    ]);
  });

  test('only editors and admins create; bad input names the field, and nothing changes', async () => {
    const [stories, events] = [await db.story.count(), await db.auditEvent.count()];
    expect(await refusal(() => createStory({ actor: alice.actor, input: { title: 'Mine' } }))).toEqual({ code: 'forbidden', field: undefined, message: 'Only editors and admins can create stories' });
    expect(await refusal(() => createStory({ actor: editor.actor, input: { title: '   ' } }))).toMatchObject({ code: 'invalid', field: 'title', message: 'title is required' });
    expect(await refusal(() => createStory({ actor: editor.actor, input: { title: 'x'.repeat(301) } }))).toMatchObject({ code: 'invalid', field: 'title' });
    expect(await refusal(() => createStory({ actor: editor.actor, input: { title: 'A', reportIds: ['nope'] } }))).toMatchObject({ code: 'invalid', field: 'reportIds.0' });
    const real = await smallReport('Real Wire');
    expect(await refusal(() => createStory({ actor: editor.actor, input: { title: 'A', reportIds: [real, randomUUID()] } }))).toMatchObject({ code: 'invalid', field: 'reportIds.1', message: 'No report has this id' });
    expect([await db.story.count(), await db.auditEvent.count() - 1]).toEqual([stories, events]);
    expect((await db.report.findUniqueOrThrow({ where: { id: real } })).storyId).toBeNull();
  });

  test('the story and its audit events are one transaction: a failure after them leaves neither', async () => {
    const events = await db.auditEvent.count();
    const failed = runTransaction(async (tx) => {
      await storeStory(tx, editor.actor, { title: 'Rolled back', reportIds: [] });
      throw new Error('later failure');
    });
    await expect(failed).rejects.toThrow('later failure');
    expect(await db.story.count({ where: { title: 'Rolled back' } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(events);
  });
});

describe('renameStory', () => {
  test('renames, audited with the old title; the same title changes nothing', async () => {
    const { id } = await createStory({ actor: editor.actor, input: { title: 'Floods' } });
    expect(await renameStory({ actor: editor.actor, input: { storyId: id, title: 'Floods in Marlow' } })).toEqual({ id, title: 'Floods in Marlow' });
    await renameStory({ actor: editor.actor, input: { storyId: id, title: 'Floods in Marlow' } });
    expect((await storyEvents(id)).slice(1)).toEqual([{ action: 'story.renamed', reportId: null, actorId: editor.id, before: { title: 'Floods' }, after: { title: 'Floods in Marlow' } }]);

    expect(await refusal(() => renameStory({ actor: alice.actor, input: { storyId: id, title: 'Mine' } }))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(() => renameStory({ actor: editor.actor, input: { storyId: id, title: '' } }))).toMatchObject({ code: 'invalid', field: 'title' });
    expect(await refusal(() => renameStory({ actor: editor.actor, input: { storyId: randomUUID(), title: 'X' } }))).toMatchObject({ code: 'not_found', field: 'storyId' });
    expect((await db.story.findUniqueOrThrow({ where: { id } })).title).toBe('Floods in Marlow');
  });
});

describe('addReportToStory and removeReportFromStory', () => {
  test('a lightly edited copy of a shipped report added to the story is found derived by text reuse, measured as it joins', async () => {
    const { id: copy } = await importReport({ actor: cliActor, input: { outlet: 'Peninsula Digest', body: reportText('reuters-light-edit.txt'), publishedOn: '2023-04-09' } });
    const reuters = (await db.report.findFirstOrThrow({ where: { slug: 'reuters' }, select: { id: true } })).id;
    expect(await db.textReuse.count({ where: { OR: [{ reportId: copy }, { otherReportId: copy }] } })).toBe(0);

    expect(await addReportToStory({ actor: editor.actor, input: { storyId: seoul, reportId: copy } })).toEqual({ storyId: seoul, reportId: copy, added: true });
    expect(await db.textReuse.count({ where: { OR: [{ reportId: copy }, { otherReportId: copy }] } })).toBe(3);
    const { independence } = await getStoryIndependence({ actor: alice.actor, input: { storyId: seoul } });
    const pair = independence.find((one) => one.reportIds.includes(copy) && one.reportIds.includes(reuters));
    expect(pair).toMatchObject({ independent: false, derivedReportId: copy });
    expect(pair?.reasons.map((reason) => reason.kind)).toContain('text_reuse');

    await removeReportFromStory({ actor: editor.actor, input: { storyId: seoul, reportId: copy } });
    expect((await db.report.findUniqueOrThrow({ where: { id: copy } })).storyId).toBeNull();
    expect((await storyEvents(seoul)).slice(-2)).toEqual([
      { action: 'story.report_added', reportId: copy, actorId: editor.id, before: { storyId: null, title: null }, after: { storyId: seoul, title: seoulTitle } },
      { action: 'story.report_removed', reportId: copy, actorId: editor.id, before: { storyId: seoul, title: seoulTitle }, after: null },
    ]);
  });

  test('moves a report from its story, audited with the previous one; adding it again changes nothing', async () => {
    const report = await smallReport('Mover Wire');
    const from = await createStory({ actor: editor.actor, input: { title: 'From', reportIds: [report] } });
    const to = await createStory({ actor: editor.actor, input: { title: 'To' } });
    await addReportToStory({ actor: editor.actor, input: { storyId: to.id, reportId: report } });
    expect(await addReportToStory({ actor: editor.actor, input: { storyId: to.id, reportId: report } })).toMatchObject({ added: false });
    expect((await storyEvents(to.id)).slice(1)).toEqual([
      { action: 'story.report_added', reportId: report, actorId: editor.id, before: { storyId: from.id, title: 'From' }, after: { storyId: to.id, title: 'To' } },
    ]);
    expect((await getStory({ actor: alice.actor, input: { storyId: from.id } })).reports).toEqual([]);
  });

  test('refusals name the field and change nothing: readers, unknown story or report, a report not in the story, an archived report', async () => {
    const report = await smallReport('Refused Wire');
    const archived = await smallReport('Archived Wire');
    await archiveReport({ actor: cliActor, input: { reportId: archived, archived: true } });
    const { id: storyId } = await createStory({ actor: editor.actor, input: { title: 'Refusals' } });
    const events = await db.auditEvent.count();
    const add = (input: Record<string, unknown>, actor = editor.actor) => refusal(() => addReportToStory({ actor, input: { storyId, reportId: report, ...input } }));

    expect(await add({}, alice.actor)).toMatchObject({ code: 'forbidden', message: 'Only editors and admins can put reports in stories' });
    expect(await add({ storyId: 'story' })).toMatchObject({ code: 'invalid', field: 'storyId' });
    expect(await add({ reportId: 'report' })).toMatchObject({ code: 'invalid', field: 'reportId' });
    expect(await add({ storyId: randomUUID() })).toMatchObject({ code: 'not_found', field: 'storyId' });
    expect(await add({ reportId: randomUUID() })).toMatchObject({ code: 'not_found', field: 'reportId' });
    expect(await add({ reportId: archived })).toMatchObject({ code: 'conflict', field: 'reportId' });
    expect(await refusal(() => removeReportFromStory({ actor: editor.actor, input: { storyId, reportId: report } }))).toMatchObject({ code: 'not_found', field: 'reportId', message: 'This report is not in this story' });
    expect(await refusal(() => removeReportFromStory({ actor: alice.actor, input: { storyId, reportId: report } }))).toMatchObject({ code: 'forbidden' });

    expect(await db.report.count({ where: { id: { in: [report, archived] }, storyId: { not: null } } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(events);
  });
});

describe('listStories and getStory', () => {
  test('readers list stories with their reports’ ids, archived ones left out of the list and marked on the story', async () => {
    const [kept, archived] = [await smallReport('Kept Wire'), await smallReport('Gone Wire')];
    const { id } = await createStory({ actor: editor.actor, input: { title: 'Listed', reportIds: [kept, archived] } });
    await archiveReport({ actor: cliActor, input: { reportId: archived, archived: true } });

    const { items } = await listStories({ actor: alice.actor });
    expect(items.find((story) => story.id === seoul)).toEqual({ id: seoul, title: seoulTitle, reportIds: shipped });
    expect(items.find((story) => story.id === id)).toEqual({ id, title: 'Listed', reportIds: [kept] });

    const story = await getStory({ actor: alice.actor, input: { storyId: id } });
    expect(story).toMatchObject({ id, title: 'Listed', reports: [{ id: kept, outlet: 'Kept Wire', archived: false }, { id: archived, outlet: 'Gone Wire', archived: true }] });
    const seeded = await getStory({ actor: alice.actor, input: { storyId: seoul } });
    expect(seeded.reports.find((report) => report.outlet === 'Reuters')).toMatchObject({ title: null, publishedOn: '2023-04-07' });

    expect(await refusal(() => getStory({ actor: alice.actor, input: { storyId: randomUUID() } }))).toMatchObject({ code: 'not_found', field: 'storyId' });
    expect(await refusal(() => getStory({ actor: alice.actor, input: { storyId: 'x' } }))).toMatchObject({ code: 'invalid', field: 'storyId' });
  });
});

describe('proposeStory', () => {
  test('a report of the Seoul meeting in its own words is proposed the seeded story; a report of another event none', async () => {
    const { id: seoulReport } = await importReport({ actor: cliActor, input: { outlet: 'Han River Times', body: reportText('stories/seoul-own-words.txt') } });
    const { id: strike } = await importReport({ actor: cliActor, input: { outlet: 'Port Gazette', body: reportText('stories/harbour-strike.txt') } });

    const proposed = await proposeStory({ actor: alice.actor, input: { reportId: seoulReport } });
    expect(proposed.proposal).toMatchObject({ storyId: seoul, title: seoulTitle });
    expect((await proposeStory({ actor: alice.actor, input: { reportId: strike } })).proposal).toBeNull();

    // Text not yet imported: the import form's proposal.
    expect((await proposeStory({ actor: editor.actor, input: { text: reportText('stories/seoul-own-words.txt') } })).proposal?.storyId).toBe(seoul);
    expect((await proposeStory({ actor: editor.actor, input: { text: reportText('stories/harbour-strike.txt') } })).proposal).toBeNull();
    // A shipped report, whose own story is left out of nothing but itself.
    expect((await proposeStory({ actor: alice.actor, input: { reportId: shipped[0] } })).proposal?.storyId).toBe(seoul);

    expect(await refusal(() => proposeStory({ actor: alice.actor, input: {} }))).toMatchObject({ code: 'invalid', field: 'reportId' });
    expect(await refusal(() => proposeStory({ actor: alice.actor, input: { reportId: randomUUID() } }))).toMatchObject({ code: 'not_found', field: 'reportId' });
  });
});
