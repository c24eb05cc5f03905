import 'server-only';
import type { Actor, UserActor } from '@/lib/actor';
import { assertAllowed, canReview, canSeeOthersVerdicts } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertReviewOpen } from '@/lib/reports/assert-review-open';
import { z } from 'zod';
import { parseInput } from '@/lib/validations/parse-input';

const ZRemoveClaim = z.object({ claimId: z.uuid({ message: 'claimId must be a claim id' }) });

/**
 * Removes a claim its author made. Default (whole-sentence) claims stay, and so does a claim that
 * another reviewer has given a verdict on. The row is kept, marked removed, for the audit history.
 * An author under blind review must not learn that others labelled their claim, so instead of a
 * refusal that would say so, such a claim is handed over: it leaves the author's view as if removed
 * and stays, owned by nobody, for the reviewers whose verdicts are on it.
 */
async function seesOthersVerdicts(tx: DbTransaction, actor: UserActor, reportId: string, report: { blindReview: boolean }): Promise<boolean> {
  const completion = await tx.reviewCompletion.findUnique({ where: { reportId_reviewerId: { reportId, reviewerId: actor.id } }, select: { reviewerId: true } });
  return canSeeOthersVerdicts(actor, report, completion !== null);
}

export async function removeClaim({ actor, input }: { actor: Actor; input: unknown }) {
  const { claimId } = parseInput(ZRemoveClaim, input);
  assertAllowed(actor, canReview, 'remove claims');
  return runTransaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM claims WHERE id = ${claimId}::uuid FOR UPDATE`;
    const claim = await tx.claim.findFirst({
      where: { id: claimId, removedAt: null },
      select: { id: true, reportId: true, sentenceId: true, start: true, end: true, text: true, isDefault: true, createdById: true },
    });
    if (!claim) throw new AppError('not_found', 'No current claim has this id', 'claimId');
    const workflow = await assertReviewOpen(tx, claim.reportId, actor.id);
    if (claim.isDefault) throw new AppError('invalid', 'The whole-sentence claim cannot be removed', 'claimId');
    if (claim.createdById !== actor.id) throw new AppError('forbidden', 'You can only remove claims you made');
    const othersVerdicts = await tx.verdict.count({ where: { claimId, reviewerId: { not: actor.id } } });
    const seesOthers = othersVerdicts > 0 && (await seesOthersVerdicts(tx, actor, claim.reportId, workflow));
    if (othersVerdicts > 0 && seesOthers) throw new AppError('conflict', 'Other reviewers have verdicts on this claim, so it stays', 'claimId');
    const isHandedOver = othersVerdicts > 0;
    await tx.claim.update({ where: { id: claimId }, data: isHandedOver ? { createdById: null } : { removedAt: new Date() } });
    await writeAuditEvent(tx, {
      actor,
      action: isHandedOver ? 'claim.handed_over' : 'claim.removed',
      entityType: 'claim',
      entityId: claimId,
      reportId: claim.reportId,
      sentenceId: claim.sentenceId,
      before: { sentenceId: claim.sentenceId, start: claim.start, end: claim.end, text: claim.text },
      after: null,
    });
    return { id: claimId };
  });
}
