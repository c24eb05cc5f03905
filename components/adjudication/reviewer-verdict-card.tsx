import type { AdjudicationItem } from '@/lib/adjudication/get-adjudication-queue';
import { verdictLabelNames } from '@/lib/validations/verdict';
import { ExternalLink } from '@/components/ui/external-link';

/** One reviewer's verdict as the editor compares it: label, note and evidence. */
export function ReviewerVerdictCard({ verdict }: { verdict: AdjudicationItem['verdicts'][number] }) {
  return (
    <article className="reviewer-verdict" aria-label={`Verdict of ${verdict.reviewerName}`}>
      <p>
        <strong>{verdict.reviewerName}</strong> <span className={`badge label-${verdict.label}`}>{verdictLabelNames[verdict.label]}</span>
      </p>
      {verdict.note ? <p>{verdict.note}</p> : <p className="meta">No note.</p>}
      {verdict.evidence.length > 0 && (
        <ul className="evidence-list">
          {verdict.evidence.map((link) => (
            <li key={link.id}>
              <span className={`badge relation-${link.relation}`}>{link.relation}</span>{' '}
              {link.kind === 'sentence' ? (
                <>
                  {link.outlet}: “{link.text}”
                </>
              ) : (
                <>
                  <ExternalLink href={link.url}>{link.url}</ExternalLink>{' '}
                  “{link.quote}”
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
