import 'server-only';
import { reportName } from '@/lib/format/report-name';
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
import { locateClaim } from './locate-claim';
import { indexOfSentenceNumber } from './sentence-numbers';

export { reviewFilters, type ReviewFilter } from '@/lib/validations/review-workspace';
export type { OthersVerdict } from './load-review-window';

/** How many sentences the page brings with it; the rest come as the reviewer scrolls or moves. */
export const firstWindowSize = 40;

/**
 * A report as its reviewer opens it: the report, its workflow state (with who reopened the report
 * or the reviewer's review, and why), progress, the outline of every sentence (kinds, what the
 * filter keeps, what is reviewed or disputed) and the first window of sentences with claims and
 * verdicts, starting a little before the sentence opened on (`sentence`, a number 1…N over the sentences for
 * review, or the sentence of `claim`) when given. What it sends does not grow with the text of the report.
 */
export async function getReviewWorkspace({ actor, input }: { actor: UserActor; input: unknown }) {
  const { reportId, filter, sentence, claim } = parseInput(ZReviewWorkspace, input);
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
  const opening = await openingSentence(actor, reportId, outline.kinds, sentence, claim);
  const start = Math.max(0, (opening ? Math.max(0, view.indexOf(opening.index)) : 0) - 5);
  const window = await loadReviewWindow(actor, reportId, workflow, view.slice(start, start + firstWindowSize));
  return {
    opening,
    report: { ...report, name: reportName(workflow), publishedOn: report.publishedOn?.toISOString().slice(0, 10) ?? null, orphans },
    filter,
    outline,
    ...window,
    progress: outline.progress,
    workflow: {
      status: workflow.status,
      blindReview: workflow.blindReview,
      adjudicateSingleVerdicts: workflow.adjudicateSingleVerdicts,
      hasCompleted: workflow.hasCompleted,
      archived: workflow.archivedAt ? { at: workflow.archivedAt.toISOString(), by: workflow.archivedBy?.name ?? null } : null,
      seesOthers: workflow.seesOthers,
      isAssigned: workflow.assignments.some((assignment) => assignment.reviewerId === actor.id),
      ...reopenings,
    },
  };
}

/**
 * The sentence to open on: sentence number `sentence` (counting sentences for review from 1), else
 * the sentence of `claim` with that claim chosen; null when neither is given or names nothing here.
 */
async function openingSentence(actor: UserActor, reportId: string, kinds: string, sentence: number | undefined, claim: string | undefined) {
  if (sentence !== undefined) {
    const index = indexOfSentenceNumber(kinds, sentence);
    return index < 0 ? null : { index, claimId: null };
  }
  if (claim === undefined) return null;
  try {
    return { index: (await locateClaim({ actor, input: { reportId, claimId: claim } })).index, claimId: claim };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

export type ReviewWorkspace = Awaited<ReturnType<typeof getReviewWorkspace>>;

