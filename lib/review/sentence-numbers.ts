// Sentences for review are numbered 1, 2, … in report order, as the page and progress count them;
// the lines not for review in between have no number. `kinds` holds one letter per sentence of
// the report (lib/segmentation/sentence-kind.ts), 'b' for those for review.

/** Each sentence's number among the sentences for review (1, 2, …), by index; 0 for lines not for review. */
export function reviewNumbers(kinds: string): Int32Array {
  const numbers = new Int32Array(kinds.length);
  let next = 1;
  for (let index = 0; index < kinds.length; index += 1) if (kinds[index] === 'b') numbers[index] = next++;
  return numbers;
}

/** The index of sentence number `number` for review, or -1. */
export function indexOfNumber(numbers: Int32Array, number: number): number {
  return numbers.indexOf(number);
}

/** The index of sentence number `number` for review in a report whose kinds are `kinds`, or -1. */
export function indexOfSentenceNumber(kinds: string, number: number): number {
  return indexOfNumber(reviewNumbers(kinds), number);
}
