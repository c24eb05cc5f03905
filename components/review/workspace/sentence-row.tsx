import { memo, type FocusEvent } from 'react';
import type { ReviewWindowSentence } from '@/lib/review/load-review-window';
import type { VerdictLabel } from '@/lib/validations/verdict';
import type { VerdictContent } from '@/lib/verdicts/verdict-shape';
import { ReviewSentence } from '../review-sentence';
import { CompactSentence } from './compact-sentence';
import type { LoadedSentences } from './loaded-sentences';

type Props = {
  /** The row's position in the list, and where it starts (px, from the top of the list). */
  position: number;
  top: number;
  measure: (element: Element | null) => void;
  index: number;
  number: number;
  sentence: ReviewWindowSentence | undefined;
  /** The sentence being worked on: highlighted, and focused by moving on. */
  isActive: boolean;
  /** What the verdict form needs, for the one row whose form is built; null for every other row. */
  form: { loaded: LoadedSentences; openClaimId: string | null } | null;
  label: VerdictLabel | undefined;
  finalLabel: VerdictLabel | undefined;
  isReviewed: boolean;
  hasConflict: boolean;
  openHref: string;
  locked: boolean;
  kindLockReason: string | null;
  claimLockReason: string | null;
  showHistory: boolean;
  onActivate: (index: number) => void;
  onSaved: (index: number, claimId: string, verdict: VerdictContent) => void;
  onClaimsChanged: (index: number) => void;
};

/**
 * One sentence for review in the workspace's list. Memoized with only plain values and stable
 * callbacks as props, so moving on re-renders the two rows whose state changed, not every row on screen.
 */
export const SentenceRow = memo(function SentenceRow({ position, top, measure, index, number, sentence, isActive, form, ...rest }: Props) {
  const { label, finalLabel, isReviewed, hasConflict, openHref, locked, kindLockReason, claimLockReason, showHistory, onActivate, onSaved, onClaimsChanged } = rest;
  function onFocus(event: FocusEvent<HTMLLIElement>) {
    // A link in a row (Open, History) goes where it says; opening the row under it would unmount it mid-click.
    if (isActive || (event.target as HTMLElement).closest('a')) return;
    onActivate(index);
  }
  return (
    <li
      data-index={position}
      ref={measure}
      style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${top}px)` }}
      className={`workspace-row${isActive ? ' active' : ''}`}
      tabIndex={0}
      data-review-sentence
      data-sentence-index={index}
      // Without JavaScript, `#sentence-N` scrolls the browser to a sentence the page holds.
      id={`sentence-${number}`}
      aria-label={`Sentence ${number}`}
      aria-current={isActive ? 'true' : undefined}
      onFocus={onFocus}
    >
      {form && sentence ? (
        <ReviewSentence
          sentence={sentence}
          number={number}
          verdicts={form.loaded.verdicts}
          others={form.loaded.others}
          conflicts={form.loaded.conflicts}
          finals={form.loaded.finals}
          locked={locked}
          kindLockReason={kindLockReason}
          claimLockReason={claimLockReason}
          showHistory={showHistory}
          openClaimId={form.openClaimId}
          onSaved={(claimId, verdict) => onSaved(index, claimId, verdict)}
          onClaimsChanged={() => onClaimsChanged(index)}
        />
      ) : (
        <CompactSentence
          number={number}
          sentence={sentence}
          label={label}
          finalLabel={finalLabel}
          isReviewed={isReviewed}
          hasConflict={hasConflict}
          openHref={openHref}
          showHistory={showHistory}
        />
      )}
    </li>
  );
});
