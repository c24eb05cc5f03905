import type { ClaimVerdicts } from './load-claim-verdicts';

/** Reviewers disagree on a claim: at least two of them gave it different labels. */
export function isDisagreement(claim: Pick<ClaimVerdicts, 'verdicts'>): boolean {
  return new Set(claim.verdicts.map((verdict) => verdict.label)).size > 1;
}

export type OpenClaimCounts = { openConflicts: number; singleVerdictClaims: number; unreviewedClaims: number };

/**
 * The claims still without a final verdict, counted apart: `openConflicts` where reviewers
 * disagree, `singleVerdictClaims` with one reviewer's verdict only (a second opinion missing),
 * `unreviewedClaims` with none. A lone verdict is never a conflict.
 */
export function openClaimCounts(claims: readonly Pick<ClaimVerdicts, 'verdicts' | 'finalLabel'>[]): OpenClaimCounts {
  const open = claims.filter((claim) => !claim.finalLabel);
  return {
    openConflicts: open.filter(isDisagreement).length,
    singleVerdictClaims: open.filter((claim) => claim.verdicts.length === 1).length,
    unreviewedClaims: open.filter((claim) => claim.verdicts.length === 0).length,
  };
}
