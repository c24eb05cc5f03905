/** A pair of reports as stored (source_decisions, text_reuses): lower id first. */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** One key for a pair whichever way round it is named. */
export function pairKey(a: string, b: string): string {
  return orderedPair(a, b).join(' ');
}
