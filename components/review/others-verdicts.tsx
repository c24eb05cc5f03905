import type { OthersVerdict } from '@/lib/review/get-review-workspace';
import { verdictLabelNames } from '@/lib/validations/verdict';

/** Other reviewers' verdicts on a claim, shown once blind review allows. */
export function OthersVerdicts({ verdicts }: { verdicts: OthersVerdict[] }) {
  if (verdicts.length === 0) return null;
  return (
    <ul className="others-verdicts" aria-label="Other reviewers’ verdicts">
      {verdicts.map((verdict) => (
        <li key={verdict.reviewerName}>
          <strong>{verdict.reviewerName}</strong>: <span className={`badge label-${verdict.label}`}>{verdictLabelNames[verdict.label]}</span>
          {verdict.note && <span className="meta"> “{verdict.note}”</span>}
        </li>
      ))}
    </ul>
  );
}
