import { beforeAll, describe, expect, test } from 'vitest';
import { getAdjudicationQueue } from '@/lib/adjudication/get-adjudication-queue';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { getAgreement } from '@/lib/agreement/get-agreement';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';
import { getDashboard } from '@/lib/workflow/get-dashboard';
import { createTestUser } from '../../support/factories';

type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let editor: TestUser;
let alice: TestUser;
let bob: TestUser;
let reportId: string;
let claimIds: string[];

const marker = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const contradiction = { url: 'https://example.org/other-account', quote: 'They met on Thursday', relation: 'contradicts' };

function claimId(position: number): string {
  const found = claimIds[position];
  if (!found) throw new Error(`The report has no claim ${position}`);
  return found;
}

beforeAll(async () => {
  [editor, alice, bob] = await Promise.all([createTestUser({ role: 'editor' }), createTestUser(), createTestUser()]);
  const body = [
    `The envoys met in Seoul on Friday (${marker}).`,
    'They urged all countries to send North Korean workers home.',
    'The meeting lasted two hours, a diplomat said.',
    'A joint statement is expected next week.',
    'The next meeting will be held in Tokyo.',
    'Officials declined to say more.',
  ].join('\n\n');
  ({ id: reportId } = await importReport({ actor: editor.actor, input: { outlet: `Count Wire ${marker}`, body } }));
  claimIds = (await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true } })).map((claim) => claim.id);
  // Claim 0: Alice and Bob disagree. 1: only Alice. 2: they agree. 3: they disagree, then an editor settles it. 4 and 5: nobody.
  await saveVerdict({ actor: alice.actor, input: { claimId: claimId(0), label: 'single_source' } });
  await saveVerdict({ actor: bob.actor, input: { claimId: claimId(0), label: 'disputed', evidence: [contradiction] } });
  await saveVerdict({ actor: alice.actor, input: { claimId: claimId(1), label: 'single_source' } });
  await saveVerdict({ actor: alice.actor, input: { claimId: claimId(2), label: 'single_source' } });
  await saveVerdict({ actor: bob.actor, input: { claimId: claimId(2), label: 'single_source' } });
  await saveVerdict({ actor: alice.actor, input: { claimId: claimId(3), label: 'single_source' } });
  await saveVerdict({ actor: bob.actor, input: { claimId: claimId(3), label: 'disputed', evidence: [contradiction] } });
  await saveFinalVerdict({ actor: editor.actor, input: { claimId: claimId(3), label: 'single_source' } });
});

describe('open conflicts and missing second opinions', () => {
  test('the dashboard, the agreement and the adjudication queue count disagreements, single verdicts and none alike', async () => {
    const counts = { openConflicts: 1, singleVerdictClaims: 1, unreviewedClaims: 2 };
    const dashboard = await getDashboard({ actor: editor.actor });
    expect(dashboard.reports.find((report) => report.id === reportId)).toMatchObject({ ...counts, claimsNeedingFinalVerdict: 2, finalVerdicts: 1 });
    expect(await getAgreement({ actor: editor.actor, input: { reportId } })).toMatchObject({ ...counts, claimsNeedingFinalVerdict: 2 });
    const queue = await getAdjudicationQueue({ actor: editor.actor, input: { reportId } });
    expect(queue.counts).toEqual(counts);
    expect(queue.open.map((item) => [item.claimId, item.reason])).toEqual([
      [claimId(0), 'disagreement'],
      [claimId(1), 'single_verdict'],
    ]);
    expect(queue.settled.map((item) => [item.claimId, item.reason])).toEqual([[claimId(3), 'disagreement']]);
  });

  test('when single verdicts do not go to adjudication, they are still counted, but only disagreements need a final verdict', async () => {
    await updateReviewSettings({ actor: editor.actor, input: { reportId, adjudicateSingleVerdicts: false } });
    const agreement = await getAgreement({ actor: editor.actor, input: { reportId } });
    expect(agreement).toMatchObject({ openConflicts: 1, singleVerdictClaims: 1, unreviewedClaims: 2, claimsNeedingFinalVerdict: 1 });
    const queue = await getAdjudicationQueue({ actor: editor.actor, input: { reportId } });
    expect(queue.open.map((item) => item.reason)).toEqual(['disagreement']);
  });
});
