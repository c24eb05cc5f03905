import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { canManageWorkflow } from '@/lib/auth/permissions';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { checkEvidenceSentences } from '@/lib/review/check-evidence-sentences';
import { staleVersion } from '@/lib/review/stale-version';
import { verdictSelect, verdictShape } from '@/lib/review/verdict-shape';
import { parseInput } from '@/lib/validations/parse-input';
import { ZAcceptMajority } from '@/lib/validations/workflow';
import { findOpenClaim } from './find-open-claim';
import { majorityLabel, mergeVerdicts } from './merge-verdicts';
import { findFinalVerdict, storeFinalVerdict } from './store-final-verdict';

/** An editor makes the reviewers' majority label the final verdict, with their notes and evidence. */
export async function acceptMajority({ actor, input }: { actor: Actor; input: unknown }) {
  if (actor.kind !== 'user' || !canManageWorkflow(actor)) throw new AppError('forbidden', 'Only editors and admins can set final verdicts');
  const { claimId, version } = parseInput(ZAcceptMajority, input);
  try {
    return await runTransaction(async (tx) => {
      const claim = await findOpenClaim(tx, claimId);
      const verdicts = (await tx.verdict.findMany({ where: { claimId }, orderBy: { createdAt: 'asc' }, select: verdictSelect })).map(verdictShape);
      if (verdicts.length === 0) throw new AppError('invalid', 'No reviewer has given a verdict on this claim yet', 'claimId');
      const label = majorityLabel(verdicts);
      if (!label) throw new AppError('invalid', 'There is no majority: the reviewers are split evenly. Choose the final verdict yourself.', 'claimId');
      const content = mergeVerdicts(label, verdicts);
      await checkEvidenceSentences(tx, claim.reportId, content.evidence);
      return storeFinalVerdict(tx, { actor, claim, content, basis: 'majority', version });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw staleVersion(await findFinalVerdict(db, claimId), 'final verdict');
    throw error;
  }
}
