import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { canReview } from '@/lib/auth/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReportRef } from '@/lib/validations/workflow';

/**
 * A reviewer marks their review of a report complete. Under blind review this is what shows them
 * the other reviewers' verdicts, so it cannot be undone. Marking it again changes nothing.
 */
export async function completeReview({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId } = parseInput(ZReportRef, input);
  if (actor.kind !== 'user' || !canReview(actor)) throw new AppError('forbidden', 'You cannot review reports');
  return runTransaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: reportId }, select: { id: true } });
    if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
    const created = await tx.reviewCompletion.createManyAndReturn({
      data: [{ reportId, reviewerId: actor.id }],
      skipDuplicates: true,
      select: { completedAt: true },
    });
    if (created.length > 0) {
      await writeAuditEvent(tx, {
        actor,
        action: 'review.completed',
        entityType: 'review_completion',
        entityId: `${reportId}/${actor.id}`,
        reportId,
        before: null,
        after: { reviewerId: actor.id, reviewerName: actor.name },
      });
    }
    const completion =
      created[0] ?? (await tx.reviewCompletion.findUniqueOrThrow({ where: { reportId_reviewerId: { reportId, reviewerId: actor.id } }, select: { completedAt: true } }));
    return { reportId, reviewerId: actor.id, completedAt: completion.completedAt.toISOString() };
  });
}
