import { textSimilarity } from './text-similarity';

export type AnchoredText = { text: string; prefix: string; suffix: string; start: number };
export type Reattachment = { oldIndex: number; newIndex: number; method: 'exact' | 'fuzzy' };
export type ReattachmentPlan = { matches: Reattachment[]; orphaned: number[]; added: number[] };

// Below this similarity a changed sentence is a different sentence, not a corrected one.
const fuzzyThreshold = 0.6;
// Beyond this many pairs, fuzzy matching only compares sentences near each other.
const maxFuzzyPairs = 250_000;
const fuzzyWindow = 25;

function contextScore(previous: AnchoredText, candidate: AnchoredText, relativeDistance: number): number {
  return (previous.prefix === candidate.prefix ? 2 : 0) + (previous.suffix === candidate.suffix ? 2 : 0) - relativeDistance;
}

/**
 * Matches the sentences of an earlier revision to the sentences of a new one: first by identical
 * quote (the occurrence whose prefix, suffix and position fit best), then by similarity of the
 * text (most similar pairs first). What matches nothing is orphaned (old) or added (new).
 */
export function planReattachment(previous: AnchoredText[], next: AnchoredText[]): ReattachmentPlan {
  const matches: Reattachment[] = [];
  const isOldMatched = new Array<boolean>(previous.length).fill(false);
  const isNewMatched = new Array<boolean>(next.length).fill(false);
  const relative = (index: number, length: number) => (length <= 1 ? 0 : index / (length - 1));

  const newByText = new Map<string, number[]>();
  next.forEach((sentence, index) => newByText.set(sentence.text, [...(newByText.get(sentence.text) ?? []), index]));
  previous.forEach((sentence, oldIndex) => {
    const candidates = (newByText.get(sentence.text) ?? []).filter((index) => !isNewMatched[index]);
    let best: number | undefined;
    let bestScore = -Infinity;
    for (const candidate of candidates) {
      const score = contextScore(sentence, next[candidate] as AnchoredText, Math.abs(relative(oldIndex, previous.length) - relative(candidate, next.length)));
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    if (best === undefined) return;
    isOldMatched[oldIndex] = isNewMatched[best] = true;
    matches.push({ oldIndex, newIndex: best, method: 'exact' });
  });

  const remainingOld = previous.flatMap((_, index) => (isOldMatched[index] ? [] : [index]));
  const remainingNew = next.flatMap((_, index) => (isNewMatched[index] ? [] : [index]));
  const isWindowed = remainingOld.length * remainingNew.length > maxFuzzyPairs;
  const pairs: { oldIndex: number; newIndex: number; similarity: number }[] = [];
  for (const oldIndex of remainingOld) {
    for (const newIndex of remainingNew) {
      if (isWindowed && Math.abs(oldIndex - newIndex) > fuzzyWindow) continue;
      const similarity = textSimilarity((previous[oldIndex] as AnchoredText).text, (next[newIndex] as AnchoredText).text);
      if (similarity >= fuzzyThreshold) pairs.push({ oldIndex, newIndex, similarity });
    }
  }
  pairs.sort((a, b) => b.similarity - a.similarity || Math.abs(a.oldIndex - a.newIndex) - Math.abs(b.oldIndex - b.newIndex));
  for (const pair of pairs) {
    if (isOldMatched[pair.oldIndex] || isNewMatched[pair.newIndex]) continue;
    isOldMatched[pair.oldIndex] = isNewMatched[pair.newIndex] = true;
    matches.push({ oldIndex: pair.oldIndex, newIndex: pair.newIndex, method: 'fuzzy' });
  }

  return {
    matches: matches.sort((a, b) => a.newIndex - b.newIndex),
    orphaned: previous.flatMap((_, index) => (isOldMatched[index] ? [] : [index])),
    added: next.flatMap((_, index) => (isNewMatched[index] ? [] : [index])),
  };
}
