'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { createClaimAction, removeClaimAction } from '@/actions/claims';
import { SentenceKindSelect } from '@/components/reports/sentence-kind-select';
import type { OthersVerdict } from '@/lib/review/get-review-workspace';
import type { FinalVerdictView } from '@/lib/verdicts/final-verdict-shape';
import type { VerdictContent } from '@/lib/verdicts/verdict-shape';
import type { SentenceKind } from '@/lib/segmentation/sentence-kind';
import { selectionOffsets } from './claim-selection';
import { FinalVerdict } from './final-verdict';
import { OthersVerdicts } from './others-verdicts';
import { RemoveClaimButton } from './remove-claim-button';
import { VerdictForm } from './verdict-form';
import { isUnsettledConflict } from './workspace/loaded-sentences';

type Claim = { id: string; start: number; end: number; text: string; isDefault: boolean; isOwn: boolean };
type Props = {
  sentence: { id: string; index: number; start: number; kind: SentenceKind; text: string; claims: Claim[] };
  /** Its number among the sentences for review (1, 2, …), as progress counts them. */
  number: number;
  verdicts: Record<string, VerdictContent>;
  others: Record<string, OthersVerdict[]>;
  conflicts: ReadonlySet<string>;
  /** The final verdicts the viewer may see (once published), by claim. */
  finals: Readonly<Record<string, FinalVerdictView>>;
  locked: boolean;
  /** Why the viewer cannot change this sentence's kind, or their claims, now (components/reports/lock-reasons.ts). */
  kindLockReason: string | null;
  claimLockReason: string | null;
  /** Editors and admins can open the sentence's audit timeline. */
  showHistory?: boolean;
  /** The claim to choose first (a link named it); else the one reviewers disagree on, else the first. */
  openClaimId?: string | null;
  onSaved: (claimId: string, verdict: VerdictContent) => void;
  /** A claim was made or removed here: the sentence is read again. */
  onClaimsChanged: () => void;
};

/** One sentence for review: its claims, and the reviewer's verdict on the chosen claim. */
export function ReviewSentence({ sentence, number, verdicts, others, conflicts, finals, locked, kindLockReason, claimLockReason, showHistory = false, openClaimId = null, onSaved, onClaimsChanged }: Props) {
  const textRef = useRef<HTMLParagraphElement>(null);
  // A disagreement is what there is to look at, or how it was settled: open on the claim that has one.
  const [claimId, setClaimId] = useState(
    (sentence.claims.find((candidate) => candidate.id === openClaimId) ?? sentence.claims.find((candidate) => conflicts.has(candidate.id)) ?? sentence.claims[0])?.id,
  );
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const claim = sentence.claims.find((candidate) => candidate.id === claimId) ?? sentence.claims[0];
  const isReviewed = sentence.claims.some((candidate) => verdicts[candidate.id]);
  const isDisputed = (id: string) => isUnsettledConflict({ conflicts, finals }, id);
  const final = claim ? finals[claim.id] : undefined;

  async function makeClaim() {
    if (!selection) return;
    const result = await createClaimAction({ sentenceId: sentence.id, ...selection });
    setSelection(null);
    if (!result.ok) return setError(result.message);
    setClaimId(result.data.id);
    onClaimsChanged();
  }

  async function remove(id: string) {
    const result = await removeClaimAction({ claimId: id });
    if (!result.ok) return setError(result.message);
    setClaimId(sentence.claims[0]?.id);
    onClaimsChanged();
  }

  return (
    <div className={`review-sentence${isReviewed ? ' reviewed' : ''}`}>
      <div className="sentence-head">
        <span className="badge kind-body">Sentence {number}</span>
        {isReviewed && <span className="tag">reviewed</span>}
        {sentence.claims.some((candidate) => isDisputed(candidate.id)) && <span className="tag conflict">reviewers disagree</span>}
        <SentenceKindSelect sentenceId={sentence.id} kind={sentence.kind} name={`sentence ${number}`} disabledReason={kindLockReason} />
        {showHistory && (
          <Link className="history-link" href={`/audit?sentenceId=${sentence.id}`} aria-label={`History of sentence ${number}`}>
            History
          </Link>
        )}
      </div>
      <p ref={textRef} className="sentence-text" onMouseUp={() => textRef.current && setSelection(selectionOffsets(textRef.current))}>
        {sentence.text}
      </p>
      {selection && !claimLockReason && (
        <button type="button" className="button secondary" onClick={makeClaim}>
          Make a claim of “{sentence.text.slice(selection.start, selection.end)}”
        </button>
      )}
      {sentence.claims.length > 1 && (
        <div role="tablist" aria-label="Claims" className="claim-tabs">
          {sentence.claims.map((candidate) => (
            <span key={candidate.id} className="claim-tab">
              <button type="button" role="tab" aria-selected={candidate.id === claim?.id} onClick={() => setClaimId(candidate.id)}>
                {candidate.isDefault ? 'Whole sentence' : `“${candidate.text}”`}
                {verdicts[candidate.id] ? ' ✓' : ''}
                {isDisputed(candidate.id) && <span className="tag conflict">disagree</span>}
              </button>
              {!candidate.isDefault && candidate.isOwn && (
                <RemoveClaimButton claimText={candidate.text} disabledReason={claimLockReason} onRemove={() => remove(candidate.id)} />
              )}
            </span>
          ))}
        </div>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {claim && (
        // `#claim-{id}` (an export's link) scrolls to the chosen claim's verdict, also without JavaScript.
        <div id={`claim-${claim.id}`} className="claim-verdicts">
          {final && <FinalVerdict final={final} />}
          <OthersVerdicts verdicts={others[claim.id] ?? []} />
          <VerdictForm key={claim.id} claimId={claim.id} initial={verdicts[claim.id] ?? null} locked={locked} onSaved={(verdict) => onSaved(claim.id, verdict)} />
        </div>
      )}
    </div>
  );
}
