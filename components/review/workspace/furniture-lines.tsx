import { SentenceKindSelect } from '@/components/reports/sentence-kind-select';
import type { ReviewWindowSentence } from '@/lib/review/load-review-window';
import { sentenceKindLabels, sentenceKindOfLetter } from '@/lib/segmentation/sentence-kind';
import { countOf } from '@/lib/format/plural';

/** A run of lines not for review (credits, captions, page furniture) folded into one line that opens them. */
export function FoldedFurniture({ kinds, from, to, onOpen }: { kinds: string; from: number; to: number; onOpen: () => void }) {
  const count = to - from + 1;
  const names = [...new Set([...kinds.slice(from, to + 1)].map((letter) => sentenceKindLabels[sentenceKindOfLetter(letter)]))];
  return (
    <button type="button" className="folded-furniture" aria-expanded={false} onClick={onOpen}>
      {countOf(count, 'line', 'lines')} not for review ({names.join(', ')}) — show
    </button>
  );
}

/** One line not for review, shown: its kind, its words, and the control to change its kind. */
type LineProps = { index: number; letter: string | undefined; sentence: ReviewWindowSentence | undefined; kindLockReason: string | null };

export function FurnitureLine({ index, letter, sentence, kindLockReason }: LineProps) {
  const kind = sentenceKindOfLetter(letter);
  return (
    <div className="sentence-row not-for-review">
      <div>
        <span className={`badge kind-${kind}`}>{sentenceKindLabels[kind]}</span>
        <span className="tag">not for review</span>
      </div>
      <span className="sentence-text">{sentence ? sentence.text : '…'}</span>
      {sentence && <SentenceKindSelect sentenceId={sentence.id} kind={kind} name={`line ${index + 1}`} disabledReason={kindLockReason} />}
    </div>
  );
}
