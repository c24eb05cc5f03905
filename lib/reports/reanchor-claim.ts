import { textSimilarity } from './text-similarity';

// Claims are short, so a few changed characters matter more than in a whole sentence.
const claimThreshold = 0.75;

type Span = { start: number; end: number };

const punctuation = /[,;:.!?)\]”"’]/u;

// Words carry their punctuation ("Korea,"): drop what the claim itself did not end with.
function withoutExtraPunctuation(claimText: string, sentenceText: string, span: Span): Span {
  let end = span.end;
  const claimEndsWithPunctuation = punctuation.test(claimText.at(-1) ?? '');
  while (!claimEndsWithPunctuation && end - 1 > span.start && punctuation.test(sentenceText[end - 1] ?? '')) end -= 1;
  return { start: span.start, end };
}

/**
 * Where a claim's quote sits in its sentence's new text: the exact quote nearest its old place in
 * the sentence, or else the most similar run of words.
 * Offsets are relative to the sentence. Null when the claim cannot be placed.
 */
export function reanchorClaim(claimText: string, oldOffset: number, sentenceText: string): (Span & { method: 'exact' | 'fuzzy' }) | null {
  let best: number | null = null;
  for (let at = sentenceText.indexOf(claimText); at >= 0; at = sentenceText.indexOf(claimText, at + 1)) {
    if (best === null || Math.abs(at - oldOffset) < Math.abs(best - oldOffset)) best = at;
  }
  if (best !== null) return { start: best, end: best + claimText.length, method: 'exact' };

  const words = [...sentenceText.matchAll(/\S+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const claimWords = claimText.split(/\s+/u).filter(Boolean).length;
  let fuzzy: (Span & { similarity: number }) | null = null;
  for (let size = Math.max(1, claimWords - 2); size <= claimWords + 2; size += 1) {
    for (let first = 0; first + size <= words.length; first += 1) {
      const span = withoutExtraPunctuation(claimText, sentenceText, { start: (words[first] as Span).start, end: (words[first + size - 1] as Span).end });
      // A window of the claim's own length wins a near tie: a replaced word belongs to the claim.
      const similarity = textSimilarity(claimText, sentenceText.slice(span.start, span.end)) - 0.02 * Math.abs(size - claimWords);
      if (similarity >= claimThreshold && (!fuzzy || similarity > fuzzy.similarity)) fuzzy = { ...span, similarity };
    }
  }
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}
