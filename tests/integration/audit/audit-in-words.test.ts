import { beforeAll, describe, expect, test } from 'vitest';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { listAuditEvents, type AuditEventItem } from '@/lib/audit-history/list-audit-events';
import { db } from '@/lib/db';
import { saveVerdict } from '@/lib/review/save-verdict';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { createTestUser } from '../../support/factories';
import { seedReviewedReports } from '../../support/reviewed-reports';

// The history reads as a log of the desk: each event in plain words, labels as the review page
// names them, sentences by outlet, number and opening words, people by name, no raw ids.

let fixture: Awaited<ReturnType<typeof seedReviewedReports>>;

/** "Outlet sentence N" as the review page numbers it: the sentence's place among its report's current sentences for review. */
async function placeOf(sentenceId: string): Promise<{ reportId: string; outlet: string; number: number; text: string }> {
  const sentence = await db.sentence.findUniqueOrThrow({ where: { id: sentenceId }, select: { reportId: true, text: true, report: { select: { outlet: true } } } });
  const forReview = await db.sentence.findMany({ where: { reportId: sentence.reportId, kind: 'body', orphanedAt: null }, orderBy: { index: 'asc' }, select: { id: true } });
  return { reportId: sentence.reportId, outlet: sentence.report.outlet, number: forReview.findIndex((row) => row.id === sentenceId) + 1, text: sentence.text };
}

function claimAt(position: number): string {
  const claim = fixture.reutersClaims[position];
  if (!claim) throw new Error(`no Reuters claim ${position}`);
  return claim.id;
}

const sentenceOfClaim = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { sentenceId: true } })).sentenceId;

async function newest(input: Record<string, string> = {}): Promise<AuditEventItem> {
  const { items } = await listAuditEvents({ actor: fixture.editor.actor, input: { ...input, limit: '1' } });
  if (!items[0]) throw new Error('no event');
  return items[0];
}

beforeAll(async () => {
  fixture = await seedReviewedReports();
});

describe('a verdict event', () => {
  test('says who labelled which sentence what, citing which sentence, with the sentence linked', async () => {
    const claimId = claimAt(0);
    const [claimed, cited] = await Promise.all([placeOf(await sentenceOfClaim(claimId)), placeOf(fixture.forumSentence.id)]);
    const event = (await listAuditEvents({ actor: fixture.editor.actor, input: { actor: fixture.alice.id, action: 'verdict.saved', limit: '200' } })).items.at(-1);
    expect(event?.summary).toBe(`${fixture.alice.name} labelled ${claimed.outlet} sentence ${claimed.number} Corroborated, citing ${cited.outlet} sentence ${cited.number}`);
    expect(event?.sentence).toEqual({
      place: `${claimed.outlet} sentence ${claimed.number}`,
      openingWords: expect.stringMatching(new RegExp(`^${claimed.text.split(' ')[0]}`)),
      href: `/reports/${claimed.reportId}?sentence=${claimed.number}#sentence-${claimed.number}`,
    });
    expect(event?.details.find((change) => change.field === 'Evidence')?.after).toEqual([expect.stringMatching(new RegExp(`^Supports: ${cited.outlet} sentence ${cited.number} \\(“`))]);
  });

  test('a changed label reads "from … to …", the table names labels as the page does, and bookkeeping stays out of it', async () => {
    const claimId = claimAt(2);
    const claimed = await placeOf(await sentenceOfClaim(claimId));
    await saveVerdict({
      actor: fixture.alice.actor,
      input: { claimId, label: 'disputed', note: 'A denial', version: 1, evidence: [{ url: 'https://www.example.test/denial', quote: 'No such meeting', relation: 'contradicts' }] },
    });
    const event = await newest();
    expect(event.summary).toBe(`${fixture.alice.name} changed their verdict on ${claimed.outlet} sentence ${claimed.number} from Single-source to Disputed, citing example.test`);
    expect(event.details).toEqual([
      { field: 'Label', before: ['Single-source'], after: ['Disputed'] },
      { field: 'Note', before: ['(empty)'], after: ['A denial'] },
      { field: 'Evidence', before: [], after: ['Contradicts: https://www.example.test/denial “No such meeting”'] },
    ]);
  });
});

describe('the editor’s round', () => {
  test('assigning, starting adjudication and adopting a reviewer’s verdict each read as a desk would say them', async () => {
    const reviewer = await createTestUser({ name: 'Grace Okafor' });
    const reportName = 'Reuters, 7 April 2023';
    await assignReviewer({ actor: fixture.editor.actor, input: { reportId: fixture.reutersId, reviewerId: reviewer.id } });
    expect((await newest()).summary).toBe(`${fixture.editor.name} assigned Grace Okafor to ${reportName}`);

    await changeReportStatus({ actor: fixture.editor.actor, input: { reportId: fixture.reutersId, status: 'in_adjudication' } });
    expect((await newest({ action: 'report.status_changed' })).summary).toBe(`${fixture.editor.name} started adjudication of ${reportName}`);

    const claimId = claimAt(3);
    const claimed = await placeOf(await sentenceOfClaim(claimId));
    await saveFinalVerdict({ actor: fixture.editor.actor, input: { claimId, label: 'single_source', note: '', adoptedFromReviewerId: fixture.bob.id } });
    const adopted = await newest({ action: 'final_verdict.saved' });
    expect(adopted.summary).toBe(`${fixture.editor.name} settled ${claimed.outlet} sentence ${claimed.number} as Single-source, using ${fixture.bob.name}’s verdict`);
    expect(adopted.details).toContainEqual({ field: 'Taken from the verdict of', before: [], after: [fixture.bob.name] });
  });

  test('no event of the whole history shows a raw id, an internal value name or an empty part', async () => {
    const { items } = await listAuditEvents({ actor: fixture.admin.actor, input: { limit: '200' } });
    expect(items.length).toBeGreaterThan(20);
    const shown = items.flatMap((item) => [item.summary, ...item.details.flatMap((change) => [change.field, ...change.before, ...change.after]), item.sentence?.place ?? '']);
    expect(shown.filter((text) => /[0-9a-f]{8}-[0-9a-f]{4}-|\bundefined\b|\[object|single_source|in_adjudication/.test(text))).toEqual([]);
  });
});

describe('paging both ways', () => {
  test('"Newer" from an older page comes back over the same events, and from near the top it is the newest page', async () => {
    const input = { reportId: fixture.reutersId, limit: '2' };
    const first = await listAuditEvents({ actor: fixture.editor.actor, input });
    expect(first.previousCursor).toBeNull();
    const second = await listAuditEvents({ actor: fixture.editor.actor, input: { ...input, cursor: first.nextCursor ?? '' } });
    const third = await listAuditEvents({ actor: fixture.editor.actor, input: { ...input, cursor: second.nextCursor ?? '' } });
    const backToSecond = await listAuditEvents({ actor: fixture.editor.actor, input: { ...input, cursor: third.previousCursor ?? '' } });
    expect(backToSecond.items.map((item) => item.sequence)).toEqual(second.items.map((item) => item.sequence));
    expect(backToSecond.nextCursor).toEqual(second.nextCursor);
    const backToFirst = await listAuditEvents({ actor: fixture.editor.actor, input: { ...input, cursor: backToSecond.previousCursor ?? '' } });
    expect(backToFirst.items.map((item) => item.sequence)).toEqual(first.items.map((item) => item.sequence));
    expect(backToFirst.previousCursor).toBeNull();
  });
});
