import { beforeAll, expect, test } from 'vitest';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { getReviewSentences } from '@/lib/review/get-review-sentences';
import { getReviewWorkspace } from '@/lib/review/get-review-workspace';
import { saveVerdict } from '@/lib/review/save-verdict';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { completeReview } from '@/lib/workflow/complete-review';
import { reopenReview } from '@/lib/workflow/reopen-review';
import { createReviewTeam, type TestUser } from '../../support/review-team';

let editor: TestUser, alice: TestUser, bob: TestUser;
let reportId: string;
let disputedClaimId: string;
let agreedClaimId: string;
const editorsNote = 'The council’s count is the one on record';
const councilCount = { url: 'https://council.example/count', quote: 'The council counted 380', relation: 'contradicts' } as const;

async function windowOf(user: TestUser, indexes: number[]) {
  return getReviewSentences({ actor: user.actor, input: { reportId, indexes } });
}

beforeAll(async () => {
  ({ editor, alice, bob } = await createReviewTeam());
  const report = await importReport({ actor: editor.actor, input: { outlet: 'Final Wire', body: 'About 420 people left Marlow. The bridge closed on Monday. The river crests on Wednesday.' } });
  reportId = report.id;
  const claims = await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true } });
  disputedClaimId = claims[0]?.id ?? '';
  agreedClaimId = claims[2]?.id ?? '';
  await saveVerdict({ actor: alice.actor, input: { claimId: disputedClaimId, label: 'single_source', note: '' } });
  await saveVerdict({ actor: bob.actor, input: { claimId: disputedClaimId, label: 'disputed', note: '', evidence: [councilCount] } });
  for (const reviewer of [alice, bob]) await saveVerdict({ actor: reviewer.actor, input: { claimId: agreedClaimId, label: 'single_source', note: '' } });
  await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } });
  await saveFinalVerdict({ actor: editor.actor, input: { claimId: disputedClaimId, label: 'disputed', note: editorsNote, evidence: [councilCount] } });
});

test('before approval a reviewer’s window carries no final verdict, under blind review or after completing; an editor’s does in adjudication', async () => {
  expect((await windowOf(alice, [0, 1, 2])).finals).toEqual({});
  await completeReview({ actor: bob.actor, input: { reportId } });
  const unblinded = await windowOf(bob, [0, 1, 2]);
  expect(unblinded.others[disputedClaimId]).toHaveLength(1);
  expect(unblinded.finals).toEqual({});
  expect(JSON.stringify(unblinded)).not.toContain(editorsNote);

  const forEditor = await windowOf(editor, [0]);
  expect(forEditor.finals[disputedClaimId]).toMatchObject({ label: 'disputed', basis: 'editor', note: editorsNote });
});

test('once approved, every reader’s window carries the final verdicts of its own claims only: label, basis, who decided, note and evidence', async () => {
  await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } });
  const first = await windowOf(alice, [0]);
  expect(Object.keys(first.finals)).toEqual([disputedClaimId]);
  expect(first.finals[disputedClaimId]).toMatchObject({
    label: 'disputed',
    basis: 'editor',
    note: editorsNote,
    decidedBy: { name: editor.name },
    evidence: [{ kind: 'url', ...councilCount }],
  });
  // The disagreement stays on record beside its settling; the page shows it settled.
  expect((await windowOf(bob, [0])).conflicts).toEqual([disputedClaimId]);

  expect((await windowOf(alice, [1])).finals).toEqual({});
  const last = await windowOf(alice, [2]);
  expect(Object.keys(last.finals)).toEqual([agreedClaimId]);
  expect(last.finals[agreedClaimId]).toMatchObject({ label: 'single_source', basis: 'consensus', decidedBy: { name: editor.name } });

  const page = await getReviewWorkspace({ actor: alice.actor, input: { reportId } });
  expect(Object.keys(page.finals).sort()).toEqual([disputedClaimId, agreedClaimId].sort());
  expect(page.workflow.reportReopening).toBeNull();
});

test('reopened after approval: reviewers see no final verdicts again, and the page says who reopened the report, when and why', async () => {
  await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_review', reason: 'The council corrected its count' } });
  expect((await windowOf(alice, [0, 1, 2])).finals).toEqual({});
  const page = await getReviewWorkspace({ actor: alice.actor, input: { reportId } });
  expect(page.finals).toEqual({});
  expect(page.workflow.reportReopening).toEqual({ by: editor.name, at: expect.any(String), reason: 'The council corrected its count' });
  expect(page.workflow.reviewReopening).toBeNull();
});

test('a reviewer whose review an editor reopened is told who reopened it, when and why; completing again clears it', async () => {
  const { id } = await importReport({ actor: editor.actor, input: { outlet: 'Final Wire', body: 'The ferry resumed on Tuesday.' } });
  await completeReview({ actor: alice.actor, input: { reportId: id } });
  await reopenReview({ actor: editor.actor, input: { reportId: id, reviewerId: alice.id, reason: 'Check the ferry timetable' } });
  const reopened = await getReviewWorkspace({ actor: alice.actor, input: { reportId: id } });
  expect(reopened.workflow.reviewReopening).toEqual({ by: editor.name, at: expect.any(String), reason: 'Check the ferry timetable' });
  expect(reopened.workflow.reportReopening).toBeNull();
  expect((await getReviewWorkspace({ actor: bob.actor, input: { reportId: id } })).workflow.reviewReopening).toBeNull();

  await completeReview({ actor: alice.actor, input: { reportId: id } });
  expect((await getReviewWorkspace({ actor: alice.actor, input: { reportId: id } })).workflow.reviewReopening).toBeNull();
});
