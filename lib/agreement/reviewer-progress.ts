import { isForReview } from '@/lib/segmentation/sentence-kind';
import type { ClaimVerdicts } from './load-claim-verdicts';

export type ReviewerProgress = { reviewerId: string; reviewed: number; total: number };

/** Per reviewer, how many of the report's sentences for review they gave a verdict on (any of its claims). */
export function reviewerProgress(claims: readonly ClaimVerdicts[], reviewerIds: readonly string[]): ReviewerProgress[] {
  const forReview = claims.filter((claim) => isForReview(claim.sentenceKind));
  const total = new Set(forReview.map((claim) => claim.sentenceId)).size;
  return reviewerIds.map((reviewerId) => ({
    reviewerId,
    reviewed: new Set(forReview.filter((claim) => claim.verdicts.some((verdict) => verdict.reviewerId === reviewerId)).map((claim) => claim.sentenceId)).size,
    total,
  }));
}

/** The reviewers of a report: those named (assigned, or who completed a review), then anyone else who gave a verdict, each once. */
export function reviewersOf(claims: readonly ClaimVerdicts[], namedIds: readonly string[]): string[] {
  return [...new Set([...namedIds, ...claims.flatMap((claim) => claim.verdicts.map((verdict) => verdict.reviewerId))])];
}
