import type { OthersVerdict, ReviewWindow, ReviewWindowSentence } from '@/lib/review/load-review-window';
import type { FinalVerdictView } from '@/lib/verdicts/final-verdict-shape';
import type { VerdictContent } from '@/lib/verdicts/verdict-shape';

/** What the workspace has read of the report so far: sentences by index, and verdicts by claim. */
export type LoadedSentences = {
  sentences: ReadonlyMap<number, ReviewWindowSentence>;
  verdicts: Readonly<Record<string, VerdictContent>>;
  others: Readonly<Record<string, OthersVerdict[]>>;
  conflicts: ReadonlySet<string>;
  finals: Readonly<Record<string, FinalVerdictView>>;
};

export const nothingLoaded: LoadedSentences = { sentences: new Map(), verdicts: {}, others: {}, conflicts: new Set(), finals: {} };

/** Adds a window read from the server; a sentence read again replaces what was known of its claims. */
export function withWindow(loaded: LoadedSentences, window: ReviewWindow): LoadedSentences {
  const sentences = new Map(loaded.sentences);
  const verdicts = { ...loaded.verdicts };
  const others = { ...loaded.others };
  const conflicts = new Set(loaded.conflicts);
  const finals = { ...loaded.finals };
  for (const sentence of window.sentences) {
    for (const claim of sentences.get(sentence.index)?.claims ?? []) {
      delete verdicts[claim.id];
      delete others[claim.id];
      conflicts.delete(claim.id);
      delete finals[claim.id];
    }
    sentences.set(sentence.index, sentence);
  }
  Object.assign(verdicts, window.verdicts);
  Object.assign(others, window.others);
  for (const claimId of window.conflicts) conflicts.add(claimId);
  Object.assign(finals, window.finals);
  return { sentences, verdicts, others, conflicts, finals };
}

export function withVerdict(loaded: LoadedSentences, claimId: string, verdict: VerdictContent): LoadedSentences {
  return { ...loaded, verdicts: { ...loaded.verdicts, [claimId]: verdict } };
}

/** Whether reviewers disagree on this claim and no final verdict has settled it: a settled claim shows its final verdict instead. */
export function isUnsettledConflict({ conflicts, finals }: Pick<LoadedSentences, 'conflicts' | 'finals'>, claimId: string): boolean {
  return conflicts.has(claimId) && !finals[claimId];
}
