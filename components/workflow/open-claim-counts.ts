import type { OpenClaimCounts } from '@/lib/agreement/open-claim-counts';
import { countOf } from '@/lib/format/plural';

/** The three counts in words, each apart: "1 claim where reviewers disagree", "5 with one verdict only", "30 with none". */
export function openClaimCountParts({ openConflicts, singleVerdictClaims, unreviewedClaims }: OpenClaimCounts): [string, string, string] {
  return [`${countOf(openConflicts, 'claim', 'claims')} where reviewers disagree`, `${singleVerdictClaims} with one verdict only`, `${unreviewedClaims} with none`];
}

/** "1 claim where reviewers disagree, 5 with one verdict only, 30 with none". */
export function openClaimCountsText(counts: OpenClaimCounts): string {
  return openClaimCountParts(counts).join(', ');
}
