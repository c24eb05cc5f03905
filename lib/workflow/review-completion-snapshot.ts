/** A review completion as the audit history records it: whose, whether complete or reopened, and what was left unreviewed. */
export function reviewCompletionSnapshot(
  completion: { reviewerId: string; unreviewedSentences: number; reopenedAt: Date | null },
  reviewerName: string,
) {
  return {
    reviewerId: completion.reviewerId,
    reviewerName,
    status: completion.reopenedAt ? ('reopened' as const) : ('complete' as const),
    unreviewedSentences: completion.unreviewedSentences,
  };
}
