import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { canManageWorkflow } from '@/lib/auth/permissions';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { checkEvidenceSentences } from '@/lib/review/check-evidence-sentences';
import { staleVersion } from '@/lib/review/stale-version';
import { parseInput } from '@/lib/validations/parse-input';
import { ZSaveVerdict } from '@/lib/validations/verdict';
import { findOpenClaim } from './find-open-claim';
import { findFinalVerdict, storeFinalVerdict } from './store-final-verdict';

/**
 * An editor settles a claim: the final verdict, with the same body, evidence rules and version
 * check as a reviewer's verdict. Reviewers are refused.
 */
export async function saveFinalVerdict({ actor, input }: { actor: Actor; input: unknown }) {
  if (actor.kind !== 'user' || !canManageWorkflow(actor)) throw new AppError('forbidden', 'Only editors and admins can set final verdicts');
  const { claimId, label, note, evidence, version } = parseInput(ZSaveVerdict, input);
  try {
    return await runTransaction(async (tx) => {
      const claim = await findOpenClaim(tx, claimId);
      await checkEvidenceSentences(tx, claim.reportId, evidence);
      return storeFinalVerdict(tx, { actor, claim, content: { label, note, evidence }, basis: 'editor', version });
    });
  } catch (error) {
    // Two first saves at once: the loser sees the winner's final verdict, as with a stale version.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw staleVersion(await findFinalVerdict(db, claimId), 'final verdict');
    throw error;
  }
}
