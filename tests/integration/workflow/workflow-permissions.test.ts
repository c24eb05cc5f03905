import { beforeAll, expect, test } from 'vitest';
import { acceptMajority } from '@/lib/adjudication/accept-majority';
import { getAdjudicationQueue } from '@/lib/adjudication/get-adjudication-queue';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { db } from '@/lib/db';
import { saveVerdict } from '@/lib/review/save-verdict';
import { seedDatabase } from '@/lib/seed/seed-database';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { getDashboard } from '@/lib/workflow/get-dashboard';
import { unassignReviewer } from '@/lib/workflow/unassign-reviewer';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';
import { createTestUser } from '../../support/factories';

type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let reviewer: TestUser;
let editor: TestUser;
let reportId: string;
let claimId: string;

beforeAll(async () => {
  await seedDatabase();
  [reviewer, editor] = await Promise.all([createTestUser(), createTestUser({ role: 'editor' })]);
  reportId = (await db.report.findUniqueOrThrow({ where: { slug: 'dw' } })).id;
  claimId = (await db.claim.findFirstOrThrow({ where: { reportId, isDefault: true } })).id;
  await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: reviewer.id } });
  await saveVerdict({ actor: reviewer.actor, input: { claimId, label: 'single_source' } });
});

async function state() {
  const [report, assignments, finals, events] = await Promise.all([
    db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, blindReview: true, adjudicateSingleVerdicts: true } }),
    db.assignment.count(),
    db.finalVerdict.count(),
    db.auditEvent.count(),
  ]);
  return { report, assignments, finals, events };
}

const editorCalls: [string, (actor: TestUser['actor']) => Promise<unknown>][] = [
  ['assign a reviewer', (actor) => assignReviewer({ actor, input: { reportId, reviewerId: actor.id } })],
  ['unassign a reviewer', (actor) => unassignReviewer({ actor, input: { reportId, reviewerId: actor.id } })],
  ['change the status', (actor) => changeReportStatus({ actor, input: { reportId, status: 'in_adjudication' } })],
  ['change review settings', (actor) => updateReviewSettings({ actor, input: { reportId, blindReview: false } })],
  ['set a final verdict', (actor) => saveFinalVerdict({ actor, input: { claimId, label: 'single_source' } })],
  ['accept the majority', (actor) => acceptMajority({ actor, input: { claimId } })],
  ['read the adjudication queue', (actor) => getAdjudicationQueue({ actor, input: { reportId } })],
  ['read the dashboard', (actor) => getDashboard({ actor })],
];

test.each(editorCalls)('a reviewer who tries to %s is refused and nothing changes', async (_, call) => {
  const before = await state();
  await expect(call(reviewer.actor)).rejects.toMatchObject({ code: 'forbidden' });
  expect(await state()).toEqual(before);
});

test('bad input names the field and changes nothing', async () => {
  const before = await state();
  await expect(changeReportStatus({ actor: editor.actor, input: { reportId, status: 'published' } })).rejects.toMatchObject({ code: 'invalid', field: 'status' });
  await expect(changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } })).rejects.toMatchObject({ code: 'invalid', field: 'status' });
  await expect(assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: 'nobody' } })).rejects.toMatchObject({ code: 'invalid', field: 'reviewerId' });
  await expect(updateReviewSettings({ actor: editor.actor, input: { reportId, blindReview: 'yes' } })).rejects.toMatchObject({ code: 'invalid', field: 'blindReview' });
  expect(await state()).toEqual(before);
});

test('a reviewer can never write into another reviewer’s verdict: saves always go to the caller’s own', async () => {
  const other = await createTestUser();
  const saved = await saveVerdict({ actor: other.actor, input: { claimId, label: 'single_source', reviewerId: reviewer.id } });
  expect(saved.reviewerId).toBe(other.id);
  expect(await db.verdict.findUniqueOrThrow({ where: { claimId_reviewerId: { claimId, reviewerId: reviewer.id } } })).toMatchObject({ version: 1 });
});
