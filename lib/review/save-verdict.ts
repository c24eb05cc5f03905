import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canReview } from '@/lib/permissions';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertReviewOpen } from '@/lib/reports/assert-review-open';
import { parseInput } from '@/lib/validations/parse-input';
import { ZSaveVerdict } from '@/lib/validations/verdict';
import { assertIndependentSupport } from '@/lib/verdicts/assert-independent-support';
import { checkEvidenceSentences } from '@/lib/verdicts/check-evidence-sentences';
import { refuseDuplicateAsStale } from '@/lib/verdicts/refuse-duplicate-as-stale';
import { findVerdict, storeVerdict } from '@/lib/verdicts/store-verdict';

/**
 * Saves the caller's verdict on a claim. `version` is the version the caller last saw (none for a
 * first verdict); a save based on any other version is refused with the current verdict, so no
 * one's work is silently overwritten. The verdict, its evidence and the audit event commit together.
 */
export async function saveVerdict({ actor, input }: { actor: Actor; input: unknown }) {
  const { claimId, label, note, evidence, version, proposedLabel } = parseInput(ZSaveVerdict, input);
  assertAllowed(actor, canReview, 'give verdicts');
  return refuseDuplicateAsStale(
    'verdict',
    () => findVerdict(db, claimId, actor.id),
    () =>
      runTransaction(async (tx) => {
        const claim = await tx.claim.findFirst({ where: { id: claimId, removedAt: null, orphanedAt: null }, select: { id: true, reportId: true, sentenceId: true } });
        if (!claim) throw new AppError('not_found', 'No current claim has this id', 'claimId');
        await assertReviewOpen(tx, claim.reportId, actor.id);
        const sentenceReports = await checkEvidenceSentences(tx, claim.reportId, evidence);
        await assertIndependentSupport(tx, claim.reportId, { label, evidence }, sentenceReports);
        return storeVerdict(tx, { actor, claim, content: { label, note, evidence, proposedLabel }, version });
      }),
  );
}
