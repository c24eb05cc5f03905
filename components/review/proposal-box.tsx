import Link from 'next/link';
import type { ClaimProposal } from '@/lib/review/claim-proposal';
import { verdictLabelNames } from '@/lib/validations/verdict';

type Props = { outcome: ClaimProposal | null; onAccept: () => void; isAccepted: boolean };

/** The fact map's proposed label for the claim, its reasons and evidence, one click to accept into the form. */
export function ProposalBox({ outcome, onAccept, isAccepted }: Props) {
  if (!outcome) return null;
  const { proposal, proposalNote } = outcome;
  if (!proposal) {
    return (
      <p className="hint" role="note" aria-label="Proposed label">
        No label proposed: {proposalNote}.
      </p>
    );
  }
  return (
    <section className="proposal" aria-label="Proposed label">
      <p>
        Proposed label: <strong>{verdictLabelNames[proposal.label]}</strong>
      </p>
      <ul className="hint">
        {proposal.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {proposal.evidence.length > 0 && (
        <ul className="evidence-list" aria-label="Sentences the proposal cites">
          {proposal.evidence.map((link) => (
            <li key={link.sentenceId}>
              <span className={`badge relation-${link.relation}`}>{link.relation}</span>{' '}
              <Link href={`/reports/${link.reportId}?sentence=${link.sentenceNumber}`}>
                {link.outlet} sentence {link.sentenceNumber}
              </Link>
              : “{link.text}”
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button secondary" aria-keyshortcuts="a" onClick={onAccept}>
          Accept proposal
        </button>
        {isAccepted && <span className="hint">Accepted into the form: edit anything before saving.</span>}
      </div>
    </section>
  );
}
