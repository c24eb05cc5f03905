import 'server-only';
import type { UserActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAllowed, canImportReports, canReadReports } from '@/lib/permissions';
import { findOrphans } from '@/lib/reports/get-report';
import { loadReopenings } from '@/lib/reports/load-reopenings';
import { loadReportWorkflow } from '@/lib/reports/load-report-workflow';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReviewWorkspace } from '@/lib/validations/review-workspace';
import { loadReviewOutline } from './load-review-outline';
import { loadReviewWindow } from './load-review-window';

export { reviewFilters, type ReviewFilter } from '@/lib/validations/review-workspace';
export type { OthersVerdict } from './load-review-window';

/** How many sentences the page brings with it; the rest come as the reviewer scrolls or moves. */
export const firstWindowSize = 40;

/**
 * A report as its reviewer opens it: the report, its workflow state (with who reopened the report
 * or the reviewer's review, and why), progress, the outline of every sentence (kinds, what the
 * filter keeps, what is reviewed or disputed) and the first window of sentences with claims and
 * verdicts, starting a little before `sentence` (a sentence number, 1…N over the sentences for
 * review) when given. What it sends does not grow with the text of the report.
 */
export async function getReviewWorkspace({ actor, input }: { actor: UserActor; input: unknown }) {
  const { reportId, filter, sentence } = parseInput(ZReviewWorkspace, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, outlet: true, title: true, url: true, publishedOn: true, creditsInText: true, notes: true, revision: true },
  });
  if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
  const workflow = await loadReportWorkflow(actor, reportId);
  const [outline, orphans, reopenings] = await Promise.all([
    loadReviewOutline(actor, reportId, workflow.seesOthers, filter),
    canImportReports(actor) ? findOrphans(reportId) : null,
    loadReopenings(actor, workflow),
  ]);
  const view = outline.matching ?? [...outline.kinds].map((_, index) => index);
  const start = Math.max(0, startPosition(outline.kinds, view, sentence) - 5);
  const window = await loadReviewWindow(actor, reportId, workflow, view.slice(start, start + firstWindowSize));
  return {
    report: { ...report, publishedOn: report.publishedOn?.toISOString().slice(0, 10) ?? null, orphans },
    filter,
    outline,
    ...window,
    progress: outline.progress,
    workflow: {
      status: workflow.status,
      blindReview: workflow.blindReview,
      adjudicateSingleVerdicts: workflow.adjudicateSingleVerdicts,
      hasCompleted: workflow.hasCompleted,
      seesOthers: workflow.seesOthers,
      isAssigned: workflow.assignments.some((assignment) => assignment.reviewerId === actor.id),
      ...reopenings,
    },
  };
}

/** Where in the view sentence number `sentence` (counting sentences for review from 1) stands; 0 when not given or not in view. */
function startPosition(kinds: string, view: number[], sentence: number | undefined): number {
  if (sentence === undefined) return 0;
  let seen = 0;
  for (let index = 0; index < kinds.length; index += 1) {
    if (kinds[index] !== 'b') continue;
    seen += 1;
    if (seen === sentence) return Math.max(0, view.indexOf(index));
  }
  return 0;
}

export type ReviewWorkspace = Awaited<ReturnType<typeof getReviewWorkspace>>;
