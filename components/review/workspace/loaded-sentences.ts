import type { OthersVerdict, ReviewWindow, ReviewWindowSentence } from '@/lib/review/load-review-window';
import type { VerdictContent } from '@/lib/verdicts/verdict-shape';

/** What the workspace has read of the report so far: sentences by index, and verdicts by claim. */
export type LoadedSentences = {
  sentences: ReadonlyMap<number, ReviewWindowSentence>;
  verdicts: Readonly<Record<string, VerdictContent>>;
  others: Readonly<Record<string, OthersVerdict[]>>;
  conflicts: ReadonlySet<string>;
};

export const nothingLoaded: LoadedSentences = { sentences: new Map(), verdicts: {}, others: {}, conflicts: new Set() };

/** Adds a window read from the server; a sentence read again replaces what was known of its claims. */
export function withWindow(loaded: LoadedSentences, window: ReviewWindow): LoadedSentences {
  const sentences = new Map(loaded.sentences);
  const verdicts = { ...loaded.verdicts };
  const others = { ...loaded.others };
  const conflicts = new Set(loaded.conflicts);
  for (const sentence of window.sentences) {
    for (const claim of sentences.get(sentence.index)?.claims ?? []) {
      delete verdicts[claim.id];
      delete others[claim.id];
      conflicts.delete(claim.id);
    }
    sentences.set(sentence.index, sentence);
  }
  Object.assign(verdicts, window.verdicts);
  Object.assign(others, window.others);
  for (const claimId of window.conflicts) conflicts.add(claimId);
  return { sentences, verdicts, others, conflicts };
}

export function withVerdict(loaded: LoadedSentences, claimId: string, verdict: VerdictContent): LoadedSentences {
  return { ...loaded, verdicts: { ...loaded.verdicts, [claimId]: verdict } };
}
