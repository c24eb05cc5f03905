import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canDecideAsEditor } from '@/lib/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZAcceptMajority } from '@/lib/validations/workflow';
import { verdictSelect, verdictShape } from '@/lib/verdicts/verdict-shape';
import { majorityLabel, mergeVerdicts } from './merge-verdicts';
import { settleClaim } from './settle-claim';

/** An editor makes the reviewers' majority label the final verdict, with their notes and evidence. */
export async function acceptMajority({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canDecideAsEditor, 'set final verdicts');
  const { claimId, version } = parseInput(ZAcceptMajority, input);
  return settleClaim(actor, { claimId, basis: 'majority', version }, async (tx) => {
    const verdicts = (await tx.verdict.findMany({ where: { claimId }, orderBy: { createdAt: 'asc' }, select: verdictSelect })).map(verdictShape);
    if (verdicts.length === 0) throw new AppError('invalid', 'No reviewer has given a verdict on this claim yet', 'claimId');
    const label = majorityLabel(verdicts);
    if (!label) throw new AppError('invalid', 'There is no majority: the reviewers are split evenly. Choose the final verdict yourself.', 'claimId');
    return mergeVerdicts(label, verdicts);
  });
}
