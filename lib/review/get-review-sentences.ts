import 'server-only';
import type { UserActor } from '@/lib/actor';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { loadReportWorkflow } from '@/lib/reports/load-report-workflow';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReviewSentences } from '@/lib/validations/review-workspace';
import { loadReviewWindow } from './load-review-window';

/** More sentences of the review workspace, by index, as the reviewer scrolls or jumps: at most a window at a time. */
export async function getReviewSentences({ actor, input }: { actor: UserActor; input: unknown }) {
  const { reportId, indexes } = parseInput(ZReviewSentences, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const workflow = await loadReportWorkflow(actor, reportId);
  return loadReviewWindow(actor, reportId, workflow, indexes);
}
