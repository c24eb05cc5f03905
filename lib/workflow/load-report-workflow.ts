import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { canSeeOthersVerdicts } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** A report's workflow state: status, settings, assignments and completed reviews, and what the actor may see. */
export async function loadReportWorkflow(actor: Actor, reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      outlet: true,
      title: true,
      status: true,
      statusChangedAt: true,
      blindReview: true,
      adjudicateSingleVerdicts: true,
      assignments: { orderBy: { createdAt: 'asc' }, select: { reviewerId: true, createdAt: true, reviewer: { select: { name: true, email: true } } } },
      reviewCompletions: { select: { reviewerId: true, completedAt: true } },
    },
  });
  if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
  const hasCompleted = actor.kind === 'user' && report.reviewCompletions.some((completion) => completion.reviewerId === actor.id);
  return { ...report, hasCompleted, seesOthers: canSeeOthersVerdicts(actor, report, hasCompleted) };
}

export type ReportWorkflowState = Awaited<ReturnType<typeof loadReportWorkflow>>;
