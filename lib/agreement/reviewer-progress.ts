import type { ClaimVerdicts } from './load-claim-verdicts';

export type ReviewerProgress = { reviewerId: string; reviewed: number; total: number };

/** Per reviewer, how many of the report's sentences for review they gave a verdict on (any of its claims). */
export function reviewerProgress(claims: readonly ClaimVerdicts[], reviewerIds: readonly string[]): ReviewerProgress[] {
  const total = new Set(claims.map((claim) => claim.sentenceId)).size;
  return reviewerIds.map((reviewerId) => ({
    reviewerId,
    reviewed: new Set(claims.filter((claim) => claim.verdicts.some((verdict) => verdict.reviewerId === reviewerId)).map((claim) => claim.sentenceId)).size,
    total,
  }));
}

/** The reviewers of a report: those assigned, then anyone else who gave a verdict, each once. */
export function reviewersOf(claims: readonly ClaimVerdicts[], assignedIds: readonly string[]): string[] {
  return [...new Set([...assignedIds, ...claims.flatMap((claim) => claim.verdicts.map((verdict) => verdict.reviewerId))])];
}
