import { EvidenceLinks } from '@/components/review/evidence-links';
import type { AdjudicationItem } from '@/lib/adjudication/get-adjudication-queue';
import { verdictLabelNames } from '@/lib/validations/verdict';

/** One reviewer's verdict as the editor compares it: label, note and evidence. */
export function ReviewerVerdictCard({ verdict }: { verdict: AdjudicationItem['verdicts'][number] }) {
  return (
    <article className="reviewer-verdict" aria-label={`Verdict of ${verdict.reviewerName}`}>
      <p>
        <strong>{verdict.reviewerName}</strong> <span className={`badge label-${verdict.label}`}>{verdictLabelNames[verdict.label]}</span>
      </p>
      {verdict.note ? <p>{verdict.note}</p> : <p className="meta">No note.</p>}
      <EvidenceLinks evidence={verdict.evidence} />
    </article>
  );
}
