import { formatAlpha, formatShare } from '@/lib/agreement/format-agreement';

/** Alpha and percent agreement as a reader sees them; a dash until two reviewers label the same claims. */
export function AgreementFigures({ alpha, percentAgreement, pairableClaims }: { alpha: number | null; percentAgreement: number | null; pairableClaims: number }) {
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
    </div>
  );
}
