import { describe, expect, test } from 'vitest';
import { isDisagreement, openClaimCounts } from '@/lib/agreement/open-claim-counts';
import type { VerdictLabel } from '@/lib/validations/verdict';

const claim = (labels: VerdictLabel[], finalLabel: VerdictLabel | null = null) => ({
  verdicts: labels.map((label, index) => ({ reviewerId: `reviewer-${index}`, label, isAfterUnblinding: false })),
  finalLabel,
});

describe('the claims still open, counted apart', () => {
  test('only two differing verdicts are a disagreement: one verdict alone never is', () => {
    expect(isDisagreement(claim(['single_source']))).toBe(false);
    expect(isDisagreement(claim(['single_source', 'single_source']))).toBe(false);
    expect(isDisagreement(claim(['single_source', 'disputed']))).toBe(true);
    expect(isDisagreement(claim([]))).toBe(false);
  });

  test('disagreements, claims with one verdict only and with none; claims with a final verdict are not counted', () => {
    const claims = [
      claim(['single_source', 'disputed']),
      claim(['corroborated', 'disputed', 'corroborated']),
      claim(['single_source', 'disputed'], 'disputed'),
      claim(['single_source']),
      claim(['single_source'], 'single_source'),
      claim(['corroborated', 'corroborated']),
      claim([]),
      claim([]),
      claim([]),
      claim([], 'single_source'),
    ];
    expect(openClaimCounts(claims)).toEqual({ openConflicts: 2, singleVerdictClaims: 1, unreviewedClaims: 3 });
    expect(openClaimCounts([])).toEqual({ openConflicts: 0, singleVerdictClaims: 0, unreviewedClaims: 0 });
  });
});
