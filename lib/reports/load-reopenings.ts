import 'server-only';
import type { UserActor } from '@/lib/actor';
import { db } from '@/lib/db';
import type { ReportWorkflowState } from './load-report-workflow';

/** An editor's reopening: who (null when no person did it), when, and the reason they gave. */
export type Reopening = { by: string | null; at: string; reason: string };

/**
 * Why a report, or the actor's own review of it, is open again: the report's reopening after its
 * latest approval while it is not approved, and the reopening of the actor's review while it
 * stands (completing again clears it). Null where there is none.
 */
export async function loadReopenings(actor: UserActor, workflow: ReportWorkflowState) {
  const isOwnReopened = workflow.reviewCompletions.some((completion) => completion.reviewerId === actor.id && completion.reopenedAt);
  // Only reopening leaves `approved`, so while a report is not approved its latest reopening followed its latest approval.
  const [report, review] = await Promise.all([
    workflow.status === 'approved'
      ? null
      : db.auditEvent.findFirst({
          where: { entityType: 'report', entityId: workflow.id, action: 'report.reopened' },
          orderBy: [{ createdAt: 'desc' }, { sequence: 'desc' }],
          select: { createdAt: true, reason: true, actor: { select: { name: true } } },
        }),
    isOwnReopened
      ? db.reviewCompletion.findUnique({
          where: { reportId_reviewerId: { reportId: workflow.id, reviewerId: actor.id } },
          select: { reopenedAt: true, reopenReason: true, reopenedBy: { select: { name: true } } },
        })
      : null,
  ]);
  return {
    reportReopening: report && reopening(report.actor?.name, report.createdAt, report.reason),
    reviewReopening: review?.reopenedAt ? reopening(review.reopenedBy?.name, review.reopenedAt, review.reopenReason) : null,
  };
}

function reopening(by: string | undefined, at: Date, reason: string | null): Reopening {
  return { by: by ?? null, at: at.toISOString(), reason: reason ?? '' };
}
