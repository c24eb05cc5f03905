import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canReview } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { assertReviewOpen } from '@/lib/reports/assert-review-open';
import { quoteAnchor } from '@/lib/segmentation/quote-anchor';
import { ZCreateClaim } from '@/lib/validations/sentence';
import { parseInput } from '@/lib/validations/parse-input';

/** Makes a claim of part of a sentence (`start`/`end` relative to the sentence text), anchored in the report. */
export async function createClaim({ actor, input }: { actor: Actor; input: unknown }) {
  const { sentenceId, start, end } = parseInput(ZCreateClaim, input);
  assertAllowed(actor, canReview, 'make claims');
  return runTransaction(async (tx) => {
    const sentence = await tx.sentence.findFirst({
      where: { id: sentenceId, orphanedAt: null },
      select: { id: true, reportId: true, revision: true, start: true, text: true, report: { select: { body: true } } },
    });
    if (!sentence) throw new AppError('not_found', 'No current sentence has this id', 'sentenceId');
    await assertReviewOpen(tx, sentence.reportId, actor.id);
    if (end > sentence.text.length) throw new AppError('invalid', `end must be at most ${sentence.text.length}, the sentence length`, 'end');
    const span = { start: sentence.start + start, end: sentence.start + end };
    const anchor = quoteAnchor(sentence.report.body, span.start, span.end);
    if (anchor.exact.trim() === '') throw new AppError('invalid', 'A claim must contain some text', 'start');
    const claim = await tx.claim.create({
      data: {
        reportId: sentence.reportId,
        sentenceId,
        revision: sentence.revision,
        ...span,
        text: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        createdById: actor.id,
      },
      select: { id: true, sentenceId: true, start: true, end: true, text: true, prefix: true, suffix: true, isDefault: true },
    });
    await writeAuditEvent(tx, {
      actor,
      action: 'claim.created',
      entityType: 'claim',
      entityId: claim.id,
      reportId: sentence.reportId,
      sentenceId,
      before: null,
      after: { sentenceId, start: claim.start, end: claim.end, text: claim.text },
    });
    return claim;
  });
}
