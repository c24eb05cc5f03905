import { beforeAll, describe, expect, test } from 'vitest';
import { acceptMajority } from '@/lib/adjudication/accept-majority';
import { getAdjudicationQueue } from '@/lib/adjudication/get-adjudication-queue';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { getAgreement } from '@/lib/agreement/get-agreement';
import { createClaim } from '@/lib/claims/create-claim';
import { db } from '@/lib/db';
import { getReviewWorkspace } from '@/lib/review/get-review-workspace';
import { saveVerdict } from '@/lib/review/save-verdict';
import { seedDatabase } from '@/lib/seed/seed-database';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { completeReview } from '@/lib/workflow/complete-review';
import { getDashboard } from '@/lib/workflow/get-dashboard';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';
import { createTestUser } from '../../support/factories';

type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let editor: TestUser;
let alice: TestUser;
let bob: TestUser;
let reportId: string;
let claims: { id: string; sentenceId: string }[];
let forumSentenceId: string;

function claim(position: number) {
  const found = claims[position];
  if (!found) throw new Error(`The report has no claim ${position}`);
  return found;
}

const singleSource = { label: 'single_source', note: '' };
const corroborated = () => ({ label: 'corroborated', note: 'FORUM says so', evidence: [{ sentenceId: forumSentenceId, relation: 'supports' }] });

beforeAll(async () => {
  await seedDatabase();
  [editor, alice, bob] = await Promise.all([createTestUser({ role: 'editor' }), createTestUser(), createTestUser()]);
  reportId = (await db.report.findUniqueOrThrow({ where: { slug: 'reuters' } })).id;
  claims = await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, take: 4, select: { id: true, sentenceId: true } });
  forumSentenceId = (await db.sentence.findFirstOrThrow({ where: { report: { slug: 'ipdefenseforum' }, kind: 'body' } })).id;
});

async function auditActions() {
  return (await db.auditEvent.findMany({ where: { reportId }, orderBy: { sequence: 'asc' }, select: { action: true, reason: true } })).map((event) => event.action);
}

describe('the review round', () => {
  test('assignment, blind review, agreement, adjudication, approval, lock and reopening, each in the audit history', async () => {
    const firstAuditCount = (await auditActions()).length;
    await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: alice.id } });
    await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: bob.id } });
    expect(await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: bob.id } })).toMatchObject({ added: false });

    // Alice and Bob agree on claim 0 and 1, disagree on claim 2; only Alice labels claim 3.
    for (const agreed of claims.slice(0, 2)) {
      await saveVerdict({ actor: alice.actor, input: { claimId: agreed.id, ...corroborated() } });
      await saveVerdict({ actor: bob.actor, input: { claimId: agreed.id, ...corroborated() } });
    }
    await saveVerdict({ actor: alice.actor, input: { claimId: claim(2).id, ...corroborated() } });
    await saveVerdict({ actor: bob.actor, input: { claimId: claim(2).id, ...singleSource, note: 'Only Reuters' } });
    await saveVerdict({ actor: alice.actor, input: { claimId: claim(3).id, ...singleSource } });

    // Blind: Bob sees only his own verdicts and no conflicts until he completes his review.
    const blind = await getReviewWorkspace({ actor: bob.actor, input: { reportId, filter: 'conflict' } });
    expect(blind.workflow).toMatchObject({ seesOthers: false, hasCompleted: false, isAssigned: true });
    expect(blind.conflicts).toEqual([]);
    expect(blind.others).toEqual({});
    expect(blind.sentences).toEqual([]);
    await expect(getAgreement({ actor: bob.actor, input: { reportId } })).rejects.toMatchObject({ code: 'forbidden' });

    await completeReview({ actor: bob.actor, input: { reportId } });
    const open = await getReviewWorkspace({ actor: bob.actor, input: { reportId, filter: 'conflict' } });
    expect(open.conflicts).toEqual([claim(2).id]);
    expect(open.others[claim(2).id]).toEqual([{ reviewerName: alice.name, label: 'corroborated', note: 'FORUM says so' }]);

    // Two reviewers, three pairable claims, one disagreement: 2/3 agree; alpha by hand is 0.
    const agreement = await getAgreement({ actor: editor.actor, input: { reportId } });
    expect(agreement).toMatchObject({ percentAgreement: 0.667, alpha: 0, pairableClaims: 3 });
    expect(agreement.claims.find((row) => row.claimId === claim(2).id)).toMatchObject({ agreed: false, spread: { corroborated: 1, single_source: 1, disputed: 0 } });
    expect(agreement.reviewers).toEqual([
      expect.objectContaining({ id: alice.id, assigned: true, completedAt: null, sentencesReviewed: 4 }),
      expect.objectContaining({ id: bob.id, assigned: true, sentencesReviewed: 3, completedAt: expect.any(String) }),
    ]);

    // The queue: the disagreement and Alice's lone verdict; turning single verdicts off drops the latter.
    await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } });
    let queue = await getAdjudicationQueue({ actor: editor.actor, input: { reportId } });
    expect(queue.open.map((item) => item.claimId)).toEqual([claim(2).id, claim(3).id]);
    expect(queue.open[0]?.verdicts.map((verdict) => verdict.reviewerName)).toEqual([alice.name, bob.name]);
    expect(queue.open[0]?.majority).toBeNull();
    await updateReviewSettings({ actor: editor.actor, input: { reportId, adjudicateSingleVerdicts: false } });
    queue = await getAdjudicationQueue({ actor: editor.actor, input: { reportId } });
    expect(queue.open.map((item) => item.claimId)).toEqual([claim(2).id]);

    await expect(changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } })).rejects.toMatchObject({ code: 'conflict', field: 'status' });
    await expect(acceptMajority({ actor: editor.actor, input: { claimId: claim(2).id } })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('no majority') });
    const final = await saveFinalVerdict({ actor: editor.actor, input: { claimId: claim(2).id, label: 'single_source', note: 'DW took it from Reuters' } });
    expect(final).toMatchObject({ label: 'single_source', basis: 'editor', version: 1, decidedBy: { id: editor.id } });

    const approved = await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } });
    expect(approved.status).toBe('approved');
    // Agreed claims got their consensus verdict as the final one, with the reviewers' evidence.
    const finals = await db.finalVerdict.findMany({ where: { claim: { reportId } }, select: { claimId: true, label: true, basis: true, evidence: { select: { sentenceId: true } } } });
    expect(finals).toHaveLength(4);
    expect(finals.find((row) => row.claimId === claim(0).id)).toMatchObject({ label: 'corroborated', basis: 'consensus', evidence: [{ sentenceId: forumSentenceId }] });

    // Locked: reviewers' and editors' changes are refused, and nothing is stored.
    const verdictsBefore = await db.verdict.count();
    await expect(saveVerdict({ actor: alice.actor, input: { claimId: claim(3).id, ...corroborated(), version: 1 } })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining('approved and locked'),
    });
    await expect(saveVerdict({ actor: alice.actor, input: { claimId: claim(3).id, ...corroborated() } })).rejects.toMatchObject({ code: 'locked' });
    await expect(saveFinalVerdict({ actor: editor.actor, input: { claimId: claim(2).id, ...corroborated(), version: 1 } })).rejects.toMatchObject({ code: 'locked' });
    await expect(createClaim({ actor: alice.actor, input: { sentenceId: claim(0).sentenceId, start: 0, end: 5 } })).rejects.toMatchObject({ code: 'locked' });
    expect(await db.verdict.count()).toBe(verdictsBefore);

    // Reopening needs a reason, and then changes are accepted again.
    await expect(changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_review' } })).rejects.toMatchObject({ field: 'reason' });
    await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_review', reason: 'Reader complaint about the figure' } });
    const changed = await saveVerdict({ actor: alice.actor, input: { claimId: claim(3).id, ...corroborated(), version: 1 } });
    expect(changed.version).toBe(2);

    const actions = (await auditActions()).slice(firstAuditCount);
    expect(actions.filter((action) => action === 'assignment.added')).toHaveLength(2);
    expect(actions).toContain('review.completed');
    expect(actions).toContain('report.settings_changed');
    expect(actions.filter((action) => action === 'final_verdict.saved')).toHaveLength(4);
    expect(actions.filter((action) => action === 'report.status_changed')).toHaveLength(2);
    const reopened = await db.auditEvent.findFirstOrThrow({ where: { reportId, action: 'report.reopened' } });
    expect(reopened).toMatchObject({ reason: 'Reader complaint about the figure', before: { status: 'approved' }, after: { status: 'in_review' } });

    const dashboard = await getDashboard({ actor: editor.actor });
    expect(dashboard.reports.find((report) => report.id === reportId)).toMatchObject({ status: 'in_review', openConflicts: 0, finalVerdicts: 4 });
  });

  test('a final verdict follows the evidence rules and refuses a stale version with the current one', async () => {
    const claimId = claim(1).id;
    await expect(saveFinalVerdict({ actor: editor.actor, input: { claimId, label: 'disputed', evidence: [] } })).rejects.toMatchObject({
      code: 'invalid',
      field: 'evidence',
      message: 'A disputed verdict needs at least one contradicting source',
    });
    const current = await db.finalVerdict.findUniqueOrThrow({ where: { claimId } });
    await expect(saveFinalVerdict({ actor: editor.actor, input: { claimId, ...singleSource } })).rejects.toMatchObject({
      code: 'conflict',
      field: 'version',
      details: { current: { version: current.version, label: current.label } },
    });
    const saved = await saveFinalVerdict({ actor: editor.actor, input: { claimId, ...singleSource, version: current.version } });
    expect(saved).toMatchObject({ version: current.version + 1, basis: 'editor' });
  });

  test('accepting the majority takes the majority label with those reviewers’ notes and evidence', async () => {
    // Bob completed his review, so his verdicts are frozen: two reviewers who have not.
    const [carol, dave] = await Promise.all([createTestUser(), createTestUser()]);
    const claimId = claim(3).id;
    await saveVerdict({ actor: dave.actor, input: { claimId, ...corroborated(), note: 'Also in FORUM' } });
    await saveVerdict({ actor: carol.actor, input: { claimId, ...singleSource } });
    const current = await db.finalVerdict.findUniqueOrThrow({ where: { claimId } });
    const final = await acceptMajority({ actor: editor.actor, input: { claimId, version: current.version } });
    expect(final).toMatchObject({ label: 'corroborated', basis: 'majority', note: 'FORUM says so\n\nAlso in FORUM' });
    expect(final.evidence).toMatchObject([{ sentenceId: forumSentenceId, relation: 'supports' }]);
  });
});
