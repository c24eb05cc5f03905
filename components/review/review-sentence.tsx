'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { createClaimAction, removeClaimAction } from '@/actions/claims';
import { SentenceKindSelect } from '@/components/reports/sentence-kind-select';
import type { OthersVerdict } from '@/lib/review/get-review-workspace';
import type { VerdictView } from '@/lib/verdicts/verdict-shape';
import type { SentenceKind } from '@/lib/segmentation/sentence-kind';
import { selectionOffsets } from './claim-selection';
import { OthersVerdicts } from './others-verdicts';
import { RemoveClaimButton } from './remove-claim-button';
import { VerdictForm } from './verdict-form';

type Claim = { id: string; start: number; end: number; text: string; isDefault: boolean; isOwn: boolean };
type Props = {
  sentence: { id: string; index: number; start: number; kind: SentenceKind; text: string; claims: Claim[] };
  verdicts: Record<string, VerdictView>;
  others: Record<string, OthersVerdict[]>;
  conflicts: string[];
  locked: boolean;
  /** Why the viewer cannot change this sentence's kind, or their claims, now (components/reports/lock-reasons.ts). */
  kindLockReason: string | null;
  claimLockReason: string | null;
  /** Editors and admins can open the sentence's audit timeline. */
  showHistory?: boolean;
};

/** One sentence for review: its claims, and the reviewer's verdict on the chosen claim. */
export function ReviewSentence({ sentence, verdicts, others, conflicts, locked, kindLockReason, claimLockReason, showHistory = false }: Props) {
  const router = useRouter();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [claimId, setClaimId] = useState(sentence.claims[0]?.id);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const claim = sentence.claims.find((candidate) => candidate.id === claimId) ?? sentence.claims[0];
  const isReviewed = sentence.claims.some((candidate) => verdicts[candidate.id]);

  async function makeClaim() {
    if (!selection) return;
    const result = await createClaimAction({ sentenceId: sentence.id, ...selection });
    setSelection(null);
    if (!result.ok) return setError(result.message);
    setClaimId(result.data.id);
    router.refresh();
  }

  async function remove(id: string) {
    const result = await removeClaimAction({ claimId: id });
    if (!result.ok) return setError(result.message);
    setClaimId(sentence.claims[0]?.id);
    router.refresh();
  }

  return (
    <li className={`review-sentence${isReviewed ? ' reviewed' : ''}`} tabIndex={0} data-review-sentence aria-label={`Sentence ${sentence.index + 1}`}>
      <div className="sentence-head">
        <span className="badge kind-body">Sentence {sentence.index + 1}</span>
        {isReviewed && <span className="tag">reviewed</span>}
        {sentence.claims.some((candidate) => conflicts.includes(candidate.id)) && <span className="tag conflict">reviewers disagree</span>}
        <SentenceKindSelect sentenceId={sentence.id} kind={sentence.kind} position={sentence.index + 1} disabledReason={kindLockReason} />
        {showHistory && (
          <Link className="history-link" href={`/audit?sentenceId=${sentence.id}`} aria-label={`History of sentence ${sentence.index + 1}`}>
            History
          </Link>
        )}
      </div>
      <p ref={textRef} className="sentence-text" onMouseUp={() => textRef.current && setSelection(selectionOffsets(textRef.current))}>
        {sentence.text}
      </p>
      {selection && (
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
      {claim && <OthersVerdicts verdicts={others[claim.id] ?? []} />}
      {claim && <VerdictForm key={claim.id} claimId={claim.id} initial={verdicts[claim.id] ?? null} locked={locked} />}
    </li>
  );
}
