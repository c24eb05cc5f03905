import 'server-only';
import type { UserActor } from '@/lib/actor';
import { runTransaction } from '@/lib/database/run-transaction';
import { db, type DbTransaction } from '@/lib/db';
import type { FinalVerdictBasis } from '@/lib/generated/prisma/enums';
import { assertIndependentSupport } from '@/lib/verdicts/assert-independent-support';
import { checkEvidenceSentences } from '@/lib/verdicts/check-evidence-sentences';
import { refuseDuplicateAsStale } from '@/lib/verdicts/refuse-duplicate-as-stale';
import { findFinalVerdict, storeFinalVerdict } from '@/lib/verdicts/store-final-verdict';
import type { FinalVerdictBody } from '@/lib/verdicts/store-final-verdict';
import { findOpenClaim } from './find-open-claim';

type OpenClaim = Awaited<ReturnType<typeof findOpenClaim>>;

/**
 * An editor's final verdict on one claim, in its own transaction: the claim's report must not be
 * approved, `contentOf` decides what it says, its evidence sentences must exist and a corroborated
 * one needs a supporting source independent of the claim's report.
 */
export async function settleClaim(
  actor: UserActor,
  { claimId, basis, version }: { claimId: string; basis: FinalVerdictBasis; version: number | undefined },
  contentOf: (tx: DbTransaction, claim: OpenClaim) => Promise<FinalVerdictBody>,
) {
  return refuseDuplicateAsStale(
    'final verdict',
    () => findFinalVerdict(db, claimId),
    () =>
      runTransaction(async (tx) => {
        const claim = await findOpenClaim(tx, claimId);
        const content = await contentOf(tx, claim);
        const sentenceReports = await checkEvidenceSentences(tx, claim.reportId, content.evidence);
        await assertIndependentSupport(tx, claim.reportId, content, sentenceReports);
        return storeFinalVerdict(tx, { actor, claim, content, basis, version });
      }),
  );
}
