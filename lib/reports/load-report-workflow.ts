import 'server-only';
import type { Actor } from '@/lib/actor';
import { canSeeFinalVerdicts, canSeeOthersVerdicts } from '@/lib/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * A report's workflow state: status, settings, assignments and completed reviews, and what the
 * actor may see (others' verdicts, final verdicts). `hasCompleted`: the actor's review is complete now (so frozen); a reviewer whose
 * review was reopened has not completed it, but still sees the others.
 */
export async function loadReportWorkflow(actor: Actor, reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      outlet: true,
      title: true,
      publishedOn: true,
      createdAt: true,
      status: true,
      statusChangedAt: true,
      blindReview: true,
      adjudicateSingleVerdicts: true,
      archivedAt: true,
      archivedBy: { select: { name: true } },
      assignments: { orderBy: { createdAt: 'asc' }, select: { reviewerId: true, createdAt: true, reviewer: { select: { name: true, email: true } } } },
      reviewCompletions: { select: { reviewerId: true, completedAt: true, unreviewedSentences: true, reopenedAt: true } },
    },
  });
  if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
  const own = actor.kind === 'user' ? report.reviewCompletions.find((completion) => completion.reviewerId === actor.id) : undefined;
  return {
    ...report,
    hasCompleted: Boolean(own && !own.reopenedAt),
    seesOthers: canSeeOthersVerdicts(actor, report, own !== undefined),
    seesFinals: canSeeFinalVerdicts(actor, report),
  };
}

export type ReportWorkflowState = Awaited<ReturnType<typeof loadReportWorkflow>>;
