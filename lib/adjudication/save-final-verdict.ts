import 'server-only';
import type { Actor } from '@/lib/actor';
import { AppError } from '@/lib/errors';
import { assertAllowed, canDecideAsEditor } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZSaveFinalVerdict } from '@/lib/validations/verdict';
import { settleClaim } from './settle-claim';

/**
 * An editor settles a claim: the final verdict, with the same body, evidence rules and version
 * check as a reviewer's verdict, and the reviewer whose verdict it was taken from, if the editor
 * started from one ("Use this verdict"). Reviewers are refused.
 */
export async function saveFinalVerdict({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canDecideAsEditor, 'set final verdicts');
  const { claimId, label, note, evidence, version, proposedLabel, adoptedFromReviewerId } = parseInput(ZSaveFinalVerdict, input);
  return settleClaim(actor, { claimId, basis: 'editor', version }, async (tx) => {
    if (adoptedFromReviewerId) {
      const adopted = await tx.verdict.findFirst({ where: { claimId, reviewerId: adoptedFromReviewerId }, select: { id: true } });
      if (!adopted) throw new AppError('invalid', 'This reviewer has no verdict on this claim to take', 'adoptedFromReviewerId');
    }
    return { label, note, evidence, proposedLabel, adoptedFromId: adoptedFromReviewerId ?? null };
  });
}
