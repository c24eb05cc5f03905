import { EvidenceLinks } from '@/components/review/evidence-links';
import type { AdjudicationItem } from '@/lib/adjudication/get-adjudication-queue';
import { verdictLabelNames } from '@/lib/validations/verdict';

/** One reviewer's verdict as the editor compares it: label, note and evidence, and the button that takes it as the final verdict's start. */
export function ReviewerVerdictCard({ verdict, number, onUse }: { verdict: AdjudicationItem['verdicts'][number]; number: number; onUse?: () => void }) {
  return (
    <article className="reviewer-verdict" aria-label={`Verdict of ${verdict.reviewerName}`}>
      <p>
        <strong>{verdict.reviewerName}</strong> <span className={`badge label-${verdict.label}`}>{verdictLabelNames[verdict.label]}</span>
      </p>
      {verdict.note ? <p>{verdict.note}</p> : <p className="meta">No note.</p>}
      <EvidenceLinks evidence={verdict.evidence} />
      {onUse && (
        <button type="button" className="button secondary" aria-keyshortcuts={String(number)} title={`Key ${number}`} onClick={onUse}>
          Use this verdict <kbd>{number}</kbd>
        </button>
      )}
    </article>
  );
}
