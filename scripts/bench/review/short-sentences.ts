// importReport takes at most 1,000,000 characters of text, and the shipped reports' sentences
// average 171 characters: 10,000 of them would not fit. Long sentences are cut at the clause
// boundary nearest their middle into sentences of their own, so the words stay the reports' own.

const minPiece = 30;

function withoutQuotes(text: string): string {
  return text.replace(/[“”"]/g, '');
}

// A clause boundary (a comma or semicolon) nearest the middle; a conjunction only if there is none.
function cutAt(sentence: string): number | null {
  const middle = sentence.length / 2;
  for (const boundary of [/[,;] /g, / (?=(?:and|but|while|after) )/g]) {
    const candidates = [...sentence.matchAll(boundary)].map((match) => match.index).filter((index) => index >= minPiece && sentence.length - index >= minPiece);
    if (candidates.length > 0) return candidates.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  }
  return null;
}

/** The sentence, or clause-sized sentences made of it when it is longer than `maxLength`. */
export function shortSentences(sentence: string, maxLength: number): string[] {
  if (sentence.length <= maxLength) return [sentence];
  const cut = cutAt(sentence);
  if (cut === null) return [sentence];
  const first = withoutQuotes(sentence.slice(0, cut)).replace(/[,;]$/, '').trim().replace(/[^.]$/, '$&.');
  const rest = withoutQuotes(sentence.slice(cut + 1)).trim();
  return [...shortSentences(first, maxLength), ...shortSentences(`${rest.charAt(0).toUpperCase()}${rest.slice(1)}`, maxLength)];
}
