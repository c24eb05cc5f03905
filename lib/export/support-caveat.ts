import type { ExportFinalVerdict } from '@/lib/validations/export-document';

/**
 * What every readable format says of a final "corroborated" verdict that has no supporting source
 * independent of the claim's report (stored before the rule, or restored): null otherwise.
 */
export function supportCaveat(final: Pick<ExportFinalVerdict, 'independentSupport' | 'independenceReasons'>): string | null {
  if (final.independentSupport !== false) return null;
  const why = final.independenceReasons?.join('; ');
  return `Not corroborated by an independent source${why ? `: ${why}` : ''}. Not published as ClaimReview.`;
}
