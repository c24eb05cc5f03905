/** One line of the workspace: a sentence, or a run of page furniture folded into one line. */
export type ReviewRow = { type: 'sentence'; index: number } | { type: 'furniture'; from: number; to: number };

/**
 * The rows of the workspace from the outline: with a filter, the sentences it keeps; without one,
 * every sentence in order with each run of lines not for review folded, unless it was opened.
 * `kinds` holds one letter per sentence of the report, 'b' for those for review.
 */
export function reviewRows(kinds: string, matching: number[] | null, openRuns: ReadonlySet<number>): ReviewRow[] {
  if (matching) return matching.map((index) => ({ type: 'sentence', index }));
  const rows: ReviewRow[] = [];
  let index = 0;
  while (index < kinds.length) {
    if (kinds[index] === 'b') {
      rows.push({ type: 'sentence', index });
      index += 1;
      continue;
    }
    let end = index;
    while (end < kinds.length && kinds[end] !== 'b') end += 1;
    if (openRuns.has(index)) for (let line = index; line < end; line += 1) rows.push({ type: 'sentence', index: line });
    else rows.push({ type: 'furniture', from: index, to: end - 1 });
    index = end;
  }
  return rows;
}
