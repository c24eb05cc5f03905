import Link from 'next/link';
import { memo } from 'react';
import type { ReviewWindowSentence } from '@/lib/review/load-review-window';
import { verdictLabelNames, type VerdictLabel } from '@/lib/validations/verdict';

type Props = {
  number: number;
  sentence: ReviewWindowSentence | undefined;
  label: VerdictLabel | undefined;
  /** The final verdict on one of its claims, where the viewer may see it. */
  finalLabel: VerdictLabel | undefined;
  isReviewed: boolean;
  hasConflict: boolean;
  openHref: string;
  /** Editors and admins can open the sentence's audit timeline from here too. */
  showHistory: boolean;
};

/** A sentence for review that is not being worked on: its words and where its review stands, nothing heavier. */
export const CompactSentence = memo(function CompactSentence({ number, sentence, label, finalLabel, isReviewed, hasConflict, openHref, showHistory }: Props) {
  return (
    <div className={`compact-sentence${isReviewed ? ' reviewed' : ''}`}>
      <div className="sentence-head">
        <span className="badge kind-body">Sentence {number}</span>
        {isReviewed && <span className="tag">reviewed</span>}
        {label && <span className={`badge label-${label}`}>{verdictLabelNames[label]}</span>}
        {finalLabel && <span className={`badge label-${finalLabel}`}>Final: {verdictLabelNames[finalLabel]}</span>}
        {hasConflict && <span className="tag conflict">reviewers disagree</span>}
        {/* Without JavaScript, the way to work on this sentence: the page opens on it. */}
        <a className="compact-open" href={openHref} tabIndex={-1}>
          Open
        </a>
        {showHistory && sentence && (
          <Link className="history-link" href={`/audit?sentenceId=${sentence.id}`} aria-label={`History of sentence ${number}`}>
            History
          </Link>
        )}
      </div>
      <p className="sentence-text">{sentence ? sentence.text : '…'}</p>
    </div>
  );
});
