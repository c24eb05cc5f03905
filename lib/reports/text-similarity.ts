import { distance } from 'fastest-levenshtein';

/** 1 for identical texts, falling towards 0 as the edit distance grows relative to their length. */
export function textSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}
