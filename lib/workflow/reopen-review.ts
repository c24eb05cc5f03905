import 'server-only';
import { actorUserId, type Actor } from '@/lib/actor';
import { assertAllowed, canManageWorkflow } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReopenReview } from '@/lib/validations/workflow';
import { assertReportOpen } from '@/lib/reports/assert-report-open';
import { reviewCompletionSnapshot } from './review-completion-snapshot';
import { reviewerEntity } from './reviewer-entity';

function notComplete(): AppError {
  return new AppError('conflict', 'This reviewer’s review of the report is not marked complete, so there is nothing to reopen', 'reviewerId');
}

/**
 * An editor reopens one reviewer's completed review of a report, giving the reason, so that
 * reviewer's verdicts and claims can change again. The reviewer still sees the others' verdicts;
 * agreement leaves out the verdicts they change from now on. Completing again freezes them again.
 */
export async function reopenReview({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canManageWorkflow, 'reopen a reviewer’s review');
  const { reportId, reviewerId, reason } = parseInput(ZReopenReview, input);
  return runTransaction(async (tx) => {
    await assertReportOpen(tx, reportId);
    const where = { reportId_reviewerId: { reportId, reviewerId } };
    const before = await tx.reviewCompletion.findUnique({ where, select: { unreviewedSentences: true, reopenedAt: true, reviewer: { select: { name: true } } } });
    if (!before || before.reopenedAt) throw notComplete();
    const reopenedAt = new Date();
    // Two reopenings at once: only the one that changes the row records it.
    const { count } = await tx.reviewCompletion.updateMany({
      where: { reportId, reviewerId, reopenedAt: null },
      data: { reopenedAt, reopenedById: actorUserId(actor), reopenReason: reason },
    });
    if (count === 0) throw notComplete();
    const reviewerName = before.reviewer.name;
    await writeAuditEvent(tx, {
      actor,
      action: 'review.reopened',
      ...reviewerEntity('review_completion', reportId, reviewerId),
      before: reviewCompletionSnapshot({ reviewerId, ...before }, reviewerName),
      after: reviewCompletionSnapshot({ reviewerId, unreviewedSentences: before.unreviewedSentences, reopenedAt }, reviewerName),
      reason,
    });
    return { reportId, reviewerId, reviewerName, reopenedAt: reopenedAt.toISOString(), reason };
  });
}
