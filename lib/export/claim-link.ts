/**
 * The address that opens the review workspace on a claim's sentence with that claim chosen,
 * wherever a corrected version moved it: the query opens the page on the claim, the fragment
 * scrolls to it with or without JavaScript.
 */
export function claimLink(origin: string, reportId: string, claimId: string): string {
  return `${origin}/reports/${reportId}?claim=${claimId}#claim-${claimId}`;
}
