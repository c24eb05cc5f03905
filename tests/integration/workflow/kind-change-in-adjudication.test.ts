import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { getAdjudicationQueue } from '@/lib/adjudication/get-adjudication-queue';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { getAgreement } from '@/lib/agreement/get-agreement';
import { db } from '@/lib/db';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';
import { importReport } from '@/lib/reports/import-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { bodyText, exportBody } from '../../support/reviewed-reports';
import { createReviewTeam, type TestUser } from '../../support/review-team';

let editor: TestUser, alice: TestUser, bob: TestUser;
beforeAll(async () => {
  ({ editor, alice, bob } = await createReviewTeam());
});

const singleSource = { label: 'single_source', note: '' };
const disputed = { label: 'disputed', note: 'The club says 40,000', evidence: [{ url: 'https://club.example/gate', quote: '40,000 attended', relation: 'contradicts' }] };

/** A report of the test's own, with Alice and Bob split on the first claim and agreed on the second, in adjudication. */
async function contestedReport() {
  const tag = randomUUID().slice(0, 8);
  const body = `About 52,000 fans watched the final in Leeds (${tag}). The home side won 2-1. Tickets sold out in an hour.`;
  const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Northern Post', title: `Cup final ${tag}`, body } });
  const [contested, agreed] = await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true, sentenceId: true } });
  if (!contested || !agreed) throw new Error('The test report should have two claims');
  await saveVerdict({ actor: alice.actor, input: { claimId: contested.id, ...singleSource } });
  await saveVerdict({ actor: bob.actor, input: { claimId: contested.id, ...disputed } });
  for (const reviewer of [alice, bob]) await saveVerdict({ actor: reviewer.actor, input: { claimId: agreed.id, ...singleSource } });
  await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } });
  return { reportId, contested, agreed };
}

async function kindsAndEvents(reportId: string) {
  const [sentences, events] = await Promise.all([
    db.sentence.findMany({ where: { reportId }, orderBy: { index: 'asc' }, select: { id: true, kind: true } }),
    db.auditEvent.count({ where: { reportId } }),
  ]);
  return { sentences, events };
}

describe('kinds during adjudication', () => {
  test('a reviewer cannot change a kind once the report is in adjudication, and nothing changes; an editor can', async () => {
    const { reportId, contested } = await contestedReport();
    const before = await kindsAndEvents(reportId);
    await expect(changeSentenceKind({ actor: bob.actor, input: { sentenceId: contested.sentenceId, kind: 'caption' } })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('adjudication'),
    });
    expect(await kindsAndEvents(reportId)).toEqual(before);
    await expect(changeSentenceKind({ actor: editor.actor, input: { sentenceId: contested.sentenceId, kind: 'caption' } })).resolves.toMatchObject({ kind: 'caption' });
  });

  test('a reviewer may still change kinds while the report is in review', async () => {
    const tag = randomUUID().slice(0, 8);
    const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Northern Post', body: `Fans queued at the gates for hours (${tag}). The gates opened at noon.` } });
    const sentence = await db.sentence.findFirstOrThrow({ where: { reportId, kind: 'body' }, orderBy: { index: 'asc' } });
    await expect(changeSentenceKind({ actor: alice.actor, input: { sentenceId: sentence.id, kind: 'caption' } })).resolves.toMatchObject({ kind: 'caption' });
  });

  test('an approved report’s kinds stay locked for everyone', async () => {
    const { reportId, contested, agreed } = await contestedReport();
    await saveFinalVerdict({ actor: editor.actor, input: { claimId: contested.id, ...singleSource } });
    await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } });
    for (const actor of [bob.actor, editor.actor]) {
      await expect(changeSentenceKind({ actor, input: { sentenceId: agreed.sentenceId, kind: 'caption' } })).rejects.toMatchObject({ code: 'locked' });
    }
  });
});

describe('the queue numbers sentences as the review workspace does', () => {
  test('with the first line now a headline, the contested claim of the second line is in sentence 1, not 2', async () => {
    const tag = randomUUID().slice(0, 8);
    const body = `Cup final in Leeds (${tag})\n\nAbout 52,000 fans watched the final. The home side won 2-1.`;
    const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Northern Post', title: `Cup final ${tag}`, body } });
    const lines = await db.sentence.findMany({ where: { reportId }, orderBy: { index: 'asc' }, select: { id: true, kind: true } });
    if (lines[0]?.kind === 'body') await changeSentenceKind({ actor: editor.actor, input: { sentenceId: lines[0].id, kind: 'headline' } });
    const contested = await db.claim.findFirstOrThrow({ where: { reportId, isDefault: true, sentence: { kind: 'body' } }, orderBy: { start: 'asc' }, select: { id: true, sentence: { select: { index: true } } } });
    expect(contested.sentence.index).toBe(1);
    await saveVerdict({ actor: alice.actor, input: { claimId: contested.id, ...singleSource } });
    await saveVerdict({ actor: bob.actor, input: { claimId: contested.id, ...disputed } });
    await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } });

    const queue = await getAdjudicationQueue({ actor: editor.actor, input: { reportId } });
    expect(queue.open).toMatchObject([{ claimId: contested.id, sentenceIndex: 1, sentenceNumber: 1 }]);
  });
});

describe('a claim with verdicts stays in the round whatever its unit becomes', () => {
  test('a contested claim whose unit an editor turned into a caption is still in the queue, marked, and still blocks approval', async () => {
    const { reportId, contested } = await contestedReport();
    await changeSentenceKind({ actor: editor.actor, input: { sentenceId: contested.sentenceId, kind: 'caption' } });

    const queue = await getAdjudicationQueue({ actor: editor.actor, input: { reportId } });
    expect(queue.open.map((item) => item.claimId)).toEqual([contested.id]);
    expect(queue.open[0]).toMatchObject({ sentenceKind: 'caption', sentenceNumber: null, verdicts: [{ label: 'single_source' }, { label: 'disputed' }] });

    await expect(changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } })).rejects.toMatchObject({
      code: 'conflict',
      details: { openClaims: [contested.id] },
    });
    const agreement = await getAgreement({ actor: editor.actor, input: { reportId } });
    expect(agreement).toMatchObject({ openConflicts: 1, pairableClaims: 2 });
    expect(agreement.claims.find((row) => row.claimId === contested.id)).toMatchObject({ sentenceKind: 'caption', agreed: false });
    // Progress still counts only the sentences for review.
    expect(agreement.reviewers.find((reviewer) => reviewer.id === alice.id)).toMatchObject({ sentencesReviewed: 1, sentences: 2 });
  });

  test('once settled, approval goes through, the agreed claim on a caption gets its consensus verdict too, and the readable export lists both', async () => {
    const { reportId, contested, agreed } = await contestedReport();
    for (const claim of [contested, agreed]) await changeSentenceKind({ actor: editor.actor, input: { sentenceId: claim.sentenceId, kind: 'boilerplate' } });
    await saveFinalVerdict({ actor: editor.actor, input: { claimId: contested.id, ...singleSource, note: 'Only the club’s figure' } });
    await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } });

    const finals = await db.finalVerdict.findMany({ where: { claim: { reportId } }, select: { claimId: true, basis: true } });
    expect(finals).toEqual(expect.arrayContaining([{ claimId: contested.id, basis: 'editor' }, { claimId: agreed.id, basis: 'consensus' }]));
    const html = bodyText((await exportBody(editor.actor, { format: 'html', scope: 'final', reportId })).bytes);
    expect(html).toContain('Only the club’s figure');
    expect(html).toContain('The home side won 2-1.');
    expect(html.match(/\(boilerplate\)/g)).toHaveLength(2);
  });
});
