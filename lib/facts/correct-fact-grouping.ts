import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAllowed, canReview } from '@/lib/permissions';
import { ZCorrectFactGrouping } from '@/lib/validations/facts';
import { parseInput } from '@/lib/validations/parse-input';
import { correctFacts } from './correct-facts';
import { getStoryFacts } from './get-story-facts';

type Link = { claimId: string; otherClaimId: string; sameFact: boolean };

/**
 * A correction of the grouping as the fact map offers it, made into pairs of claims for
 * correctFacts (which checks and audits them): merging two facts links every statement of one
 * with every statement of the other; splitting a statement out unlinks it from the rest of its
 * fact; moving it does both. Facts are named by id as the viewer saw them (blind review applied:
 * only the statements the viewer sees are paired), and a fact whose statements changed since is
 * refused rather than guessed at.
 */
export async function correctFactGrouping({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canReview, 'correct facts');
  const correction = parseInput(ZCorrectFactGrouping, input);
  // The facts as they are now, which the correction is checked against: the primary's.
  const { facts } = await getStoryFacts({ actor, input: { storyId: correction.storyId }, client: db });
  const claimsOf = (id: string, field: 'factId' | 'otherFactId') => {
    const fact = facts.find((candidate) => candidate.id === id);
    if (!fact) throw new AppError('conflict', 'This fact has changed since the page was loaded: reload the fact map and try again', field);
    return fact.statements.map((statement) => statement.claimId);
  };
  const fact = claimsOf(correction.factId, 'factId');
  const pairs = (claimIds: string[], others: string[], sameFact: boolean): Link[] =>
    claimIds.flatMap((claimId) => others.filter((other) => other !== claimId).map((otherClaimId) => ({ claimId, otherClaimId, sameFact })));
  let links: Link[];
  if (correction.change === 'merge') {
    if (correction.otherFactId === correction.factId) throw new AppError('invalid', 'A fact cannot be merged with itself: choose another fact', 'otherFactId');
    links = pairs(fact, claimsOf(correction.otherFactId, 'otherFactId'), true);
  } else {
    if (!fact.includes(correction.claimId)) throw new AppError('invalid', 'This statement is not one of the fact’s statements', 'claimId');
    const target = correction.change === 'move' ? claimsOf(correction.otherFactId, 'otherFactId') : [];
    if (correction.change === 'move' && correction.otherFactId === correction.factId) throw new AppError('invalid', 'The statement is in this fact already: choose another fact', 'otherFactId');
    const rest = fact.filter((claimId) => !target.includes(claimId));
    if (correction.change === 'split' && rest.length < 2) throw new AppError('invalid', 'This statement is the fact’s only statement: there is nothing to split it from', 'claimId');
    links = [...pairs([correction.claimId], rest, false), ...pairs([correction.claimId], target, true)];
  }
  if (links.length === 0) throw new AppError('invalid', 'The two facts hold the same statements: there is nothing to merge', 'otherFactId');
  if (links.length > 500) throw new AppError('invalid', 'These facts are too large to correct at once (more than 500 pairs of statements)', 'otherFactId');
  return correctFacts({ actor, input: { storyId: correction.storyId, links, reason: correction.reason } });
}
