import type { ScoredPair } from './score-statement-pairs';

/** A reviewer's correction: two claims state the same fact, or do not. */
export type FactCorrection = { claimId: string; otherClaimId: string; sameFact: boolean };

/** Two statements found (or declared by a reviewer) to state the same fact. */
export type FactLinkView = ScoredPair & { by: 'computed' | 'reviewer' };

// Measured on the shipped story (npm run bench:judgement): chosen on two of its three report pairs,
// each of the three choices was link 0.125–0.15 and sure 0.25, so these are not one pair's. Below
// `linkScore` the weighted overlap of two statements is what sentences on the same topic share; a
// pair above it is a link when one of them is the other's best match in its report (a report
// states a fact once, in its best-matching sentence), or whatever the ranking when it reaches
// `sureScore`. Between `weakScore` and a link a statement may state the fact: the proposal says so
// rather than guess.
export const sameFactThresholds = { weakScore: 0.125, linkScore: 0.15, sureScore: 0.25 };

// A statement that carries less than this share of a claim's own term weight states part of it at
// most (a detail of a longer sentence, one clause of a quote): it cannot corroborate the claim as
// a whole, and the proposal says so instead of calling it corroborated.
export const partCoverage = 0.25;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The same-fact links of a story: computed from scored pairs (a pair counts when it clears the
 * link score and is the best match of one of its statements in the other's report), then the
 * reviewers' corrections, which win. Also the weak pairs: possible links that decide nothing.
 */
export function decideLinks(
  pairs: ScoredPair[],
  reportOf: ReadonlyMap<string, string>,
  corrections: FactCorrection[],
  thresholds = sameFactThresholds,
): { links: FactLinkView[]; weak: ScoredPair[] } {
  const best = new Map<string, number>();
  const bestKey = (claimId: string, reportId: string | undefined) => `${claimId}>${reportId}`;
  for (const pair of pairs) {
    for (const [from, to] of [[pair.claimId, pair.otherClaimId], [pair.otherClaimId, pair.claimId]] as const) {
      const key = bestKey(from, reportOf.get(to));
      best.set(key, Math.max(best.get(key) ?? 0, pair.score));
    }
  }
  const corrected = new Map(corrections.map((correction) => [pairKey(correction.claimId, correction.otherClaimId), correction.sameFact]));
  const links: FactLinkView[] = [];
  const weak: ScoredPair[] = [];
  for (const pair of pairs) {
    const key = pairKey(pair.claimId, pair.otherClaimId);
    const correction = corrected.get(key);
    if (correction !== undefined) {
      if (correction) links.push({ ...pair, coverage: 1, otherCoverage: 1, by: 'reviewer' });
      corrected.delete(key);
      continue;
    }
    const isBest =
      pair.score >= (best.get(bestKey(pair.claimId, reportOf.get(pair.otherClaimId))) ?? Infinity) ||
      pair.score >= (best.get(bestKey(pair.otherClaimId, reportOf.get(pair.claimId))) ?? Infinity);
    if (pair.score >= thresholds.sureScore || (pair.score >= thresholds.linkScore && isBest)) links.push({ ...pair, by: 'computed' });
    else if (pair.score >= thresholds.weakScore) weak.push(pair);
  }
  // A weak pair whose two statements are both linked to one statement of a third report is a
  // link: the story states the fact three times, and the weak pair is two wordings of it.
  const linkedTo = new Map<string, Set<string>>();
  const connect = (a: string, b: string) => {
    const set = linkedTo.get(a);
    if (set) set.add(b);
    else linkedTo.set(a, new Set([b]));
  };
  for (const link of links) {
    connect(link.claimId, link.otherClaimId);
    connect(link.otherClaimId, link.claimId);
  }
  const stillWeak: ScoredPair[] = [];
  for (const pair of weak) {
    const theirs = linkedTo.get(pair.otherClaimId);
    const sharesNeighbour = theirs !== undefined && [...(linkedTo.get(pair.claimId) ?? [])].some((id) => theirs.has(id));
    if (sharesNeighbour) links.push({ ...pair, by: 'computed' });
    else stillWeak.push(pair);
  }
  weak.splice(0, weak.length, ...stillWeak);
  // Corrections linking statements the computation never paired (no shared rare term).
  for (const correction of corrections) {
    if (correction.sameFact && corrected.has(pairKey(correction.claimId, correction.otherClaimId))) {
      links.push({ claimId: correction.claimId, otherClaimId: correction.otherClaimId, score: 0, sharedTerms: [], coverage: 1, otherCoverage: 1, by: 'reviewer' });
    }
  }
  return { links, weak };
}
