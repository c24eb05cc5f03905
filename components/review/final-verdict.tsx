import type { FinalVerdictView } from '@/lib/verdicts/final-verdict-shape';
import { finalVerdictBasisNames, verdictLabelNames } from '@/lib/validations/verdict';
import { EvidenceLinks } from './evidence-links';

/** The settled verdict on a claim, as readers see it once it is published: label, how it was reached and by whom, note and evidence. */
export function FinalVerdict({ final }: { final: FinalVerdictView }) {
  return (
    <section className="final-verdict" aria-label="Final verdict">
      <p>
        <strong>Final verdict</strong> <span className={`badge label-${final.label}`}>{verdictLabelNames[final.label]}</span>{' '}
        <span className="meta">
          {finalVerdictBasisNames[final.basis]}, decided by {final.decidedBy.name}
        </span>
      </p>
      {final.note && <p>{final.note}</p>}
      <EvidenceLinks evidence={final.evidence} label="Evidence" />
    </section>
  );
}
