import { formatAlpha, formatShare } from '@/lib/agreement/format-agreement';

type Props = { alpha: number | null; percentAgreement: number | null; pairableClaims: number; excludedVerdictCount?: number };

/**
 * Alpha and percent agreement as a reader sees them; a dash until two reviewers label the same
 * claims. Says how many verdicts they leave out for being changed after their reviewer saw the others'.
 */
export function AgreementFigures({ alpha, percentAgreement, pairableClaims, excludedVerdictCount = 0 }: Props) {
  return (
    <div className="figures" aria-label="Agreement">
      <div>
        <span className="meta">Krippendorff’s alpha</span>
        <strong>{formatAlpha(alpha)}</strong>
        {alpha === null && pairableClaims > 0 && <span className="meta">undefined: every verdict has the same label</span>}
      </div>
      <div>
        <span className="meta">Claims agreed</span>
        <strong>{formatShare(percentAgreement)}</strong>
      </div>
      <div>
        <span className="meta">Claims with 2+ verdicts</span>
        <strong>{pairableClaims}</strong>
      </div>
      {excludedVerdictCount > 0 && (
        <div>
          <span className="meta">Left out: changed after seeing others</span>
          <strong>{excludedVerdictCount}</strong>
        </div>
      )}
    </div>
  );
}
