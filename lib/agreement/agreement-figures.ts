import { verdictLabels, type VerdictLabel } from '@/lib/validations/verdict';
import type { ClaimVerdicts } from './load-claim-verdicts';
import { krippendorffAlphaNominal, percentAgreement } from './krippendorff-alpha';

export type LabelSpread = Record<VerdictLabel, number>;

export function labelSpread(labels: readonly VerdictLabel[]): LabelSpread {
  const spread = Object.fromEntries(verdictLabels.map((label) => [label, 0])) as LabelSpread;
  for (const label of labels) spread[label] += 1;
  return spread;
}

/**
 * Alpha and percent agreement over claims. Only blind judgements count: a verdict last changed
 * after its reviewer saw the others' verdicts is left out, and counted in `excludedVerdictCount`.
 */
export function agreementFigures(claims: readonly ClaimVerdicts[]) {
  const labelsPerClaim = claims.map((claim) => claim.verdicts.filter((verdict) => !verdict.isAfterUnblinding).map((verdict) => verdict.label));
  return {
    alpha: roundFigure(krippendorffAlphaNominal(labelsPerClaim)),
    percentAgreement: roundFigure(percentAgreement(labelsPerClaim)),
    pairableClaims: labelsPerClaim.filter((labels) => labels.length >= 2).length,
    excludedVerdictCount: claims.reduce((count, claim) => count + claim.verdicts.filter((verdict) => verdict.isAfterUnblinding).length, 0),
  };
}

function roundFigure(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}
