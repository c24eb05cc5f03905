// How well a suggestion's score tells a sentence stating the claim's fact from one that only
// shares words with it, on the hand-written same-fact pairs of tests/fixtures/judgement: for each
// score cut-off, the share of suggestions at or above it that state the same fact (precision)
// and the share of same-fact suggestions it keeps (recall). The label cut-off of
// lib/review/suggest-evidence.ts is chosen from these figures (BENCHMARKS.md).
import type { Db } from '@/lib/db';
import { expectedJudgement, keyOf as statementKey, pairKey } from './judgement-score';

export type ScoredSuggestion = { score: number; sameFact: boolean };
export type CutOffFigures = { cutOff: number; labelled: number; precision: number; recall: number };

/** The top `limit` suggestions of every claim for review of the shipped reports, each marked same fact or not. */
export async function scoredSuggestions(
  db: Db,
  suggest: (claimId: string, limit: number) => Promise<{ suggestions: { sentenceId: string; score: number }[] }>,
  limit = 5,
): Promise<ScoredSuggestion[]> {
  const { pairs } = expectedJudgement();
  const sentences = await db.sentence.findMany({
    where: { kind: 'body', orphanedAt: null, report: { slug: { in: ['reuters', 'dw', 'ipdefenseforum'] } } },
    select: { id: true, text: true, report: { select: { slug: true } }, claims: { where: { isDefault: true, removedAt: null }, select: { id: true } } },
  });
  const keyOf = new Map(sentences.map((sentence) => [sentence.id, statementKey({ report: sentence.report.slug, text: sentence.text })]));
  const scored: ScoredSuggestion[] = [];
  for (const sentence of sentences) {
    const claimId = sentence.claims[0]?.id;
    const own = keyOf.get(sentence.id);
    if (!claimId || !own) continue;
    const { suggestions } = await suggest(claimId, limit);
    for (const suggestion of suggestions) {
      const other = keyOf.get(suggestion.sentenceId);
      // Sentences outside the shipped reports (a benchmark's generated ones) state none of their facts.
      scored.push({ score: suggestion.score, sameFact: other !== undefined && pairs.has(pairKey(own, other)) });
    }
  }
  return scored;
}

export function cutOffFigures(scored: ScoredSuggestion[], cutOffs: number[]): CutOffFigures[] {
  const sameFact = scored.filter((entry) => entry.sameFact).length;
  return cutOffs.map((cutOff) => {
    const kept = scored.filter((entry) => entry.score >= cutOff);
    const right = kept.filter((entry) => entry.sameFact).length;
    return { cutOff, labelled: kept.length, precision: kept.length ? right / kept.length : 1, recall: sameFact ? right / sameFact : 1 };
  });
}
