import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canReview } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZCompleteReview } from '@/lib/validations/workflow';
import { countUnreviewedSentences } from './count-unreviewed-sentences';
import { reviewCompletionSnapshot } from './review-completion-snapshot';
import { reviewerEntity } from './reviewer-entity';
import { assertNotArchived } from '@/lib/reports/assert-report-open';
import { countOf, plural } from '@/lib/format/plural';

const completionSelect = { firstCompletedAt: true, completedAt: true, unreviewedSentences: true, reopenedAt: true } as const;

function unconfirmedGaps(count: number): AppError {
  const sentences = `${countOf(count, 'sentence', 'sentences')} ${plural(count, { one: 'has', other: 'have' })}`;
  return new AppError('conflict', `${sentences} no verdict from you. Complete anyway? You cannot change your verdicts afterwards without an editor.`, 'confirmUnreviewed', {
    unreviewedSentences: count,
  });
}

/**
 * A reviewer marks their review of a report complete. Under blind review this shows them the other
 * reviewers' verdicts, so it freezes their own verdicts and claims on the report until an editor
 * reopens the review. The server counts the sentences left without their verdict. Given
 * `confirmUnreviewed`, a completion leaving any other number unreviewed is refused with the
 * current count, for the reviewer to confirm. Marking a review that is already complete changes nothing.
 */
export async function completeReview({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId, confirmUnreviewed } = parseInput(ZCompleteReview, input);
  assertAllowed(actor, canReview, 'review reports');
  const reviewerId = actor.id;
  return runTransaction(async (tx) => {
    // The row lock waits for the verdict saves in flight (they hold a share lock), so the count
    // includes them, and holds off new ones until the freeze is committed.
    const rows = await tx.$queryRaw<{ archivedAt: Date | null }[]>`SELECT archived_at AS "archivedAt" FROM reports WHERE id = ${reportId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new AppError('not_found', 'No report has this id', 'reportId');
    assertNotArchived(rows[0]);
    const where = { reportId_reviewerId: { reportId, reviewerId } };
    const before = await tx.reviewCompletion.findUnique({ where, select: completionSelect });
    if (before && !before.reopenedAt) return completionView(reportId, reviewerId, before);

    const unreviewedSentences = await countUnreviewedSentences(tx, reportId, reviewerId);
    if (confirmUnreviewed !== undefined && unreviewedSentences > 0 && unreviewedSentences !== confirmUnreviewed) throw unconfirmedGaps(unreviewedSentences);
    const completedAt = new Date();
    const fields = { completedAt, unreviewedSentences, reopenedAt: null, reopenedById: null, reopenReason: null };
    const after = before
      ? await tx.reviewCompletion.update({ where, data: fields, select: completionSelect })
      : await tx.reviewCompletion.create({ data: { reportId, reviewerId, firstCompletedAt: completedAt, ...fields }, select: completionSelect });
    await writeAuditEvent(tx, {
      actor,
      action: 'review.completed',
      ...reviewerEntity('review_completion', reportId, reviewerId),
      before: before ? reviewCompletionSnapshot({ reviewerId, ...before }, actor.name) : null,
      after: reviewCompletionSnapshot({ reviewerId, ...after }, actor.name),
    });
    return completionView(reportId, reviewerId, after);
  });
}

function completionView(reportId: string, reviewerId: string, completion: { firstCompletedAt: Date; completedAt: Date; unreviewedSentences: number }) {
  return {
    reportId,
    reviewerId,
    completedAt: completion.completedAt.toISOString(),
    firstCompletedAt: completion.firstCompletedAt.toISOString(),
    unreviewedSentences: completion.unreviewedSentences,
  };
}
