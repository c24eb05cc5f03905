// Joining the lines of one paragraph. A hyphen at the end of a line is either the typesetter's
// (inter- / national) or a compound's own (well- / known), and only a dictionary can always tell.
// Without one: the document's own words decide when it also has the word elsewhere, hyphenated
// or whole; else a few first elements that always take a hyphen keep it; else the hyphen goes,
// since breaking words is what a line-end hyphen most often does. The cost is a compound broken
// at its hyphen and used nowhere else in the text ("long-/term"), which loses its hyphen.
const hyphenatedFirstElements = new Set(['self', 'well', 'half', 'cross']);

const wordPattern = /[\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)*/gu;

/** Every word of the text, lowercased, hyphenated compounds as written. */
export function vocabularyOf(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const [word] of line.matchAll(wordPattern)) words.add(word.toLowerCase().replace(/\u2010/g, '-'));
  return words;
}

function hyphenatedJoin(line: string, next: string, vocabulary: ReadonlySet<string>): string | null {
  if (line.endsWith('\u00ad')) return line.slice(0, -1) + next;
  const broken = /(\p{L}+)[-\u2010]$/u.exec(line);
  const continuation = /^\p{Ll}[\p{L}]*/u.exec(next)?.[0];
  if (!broken) return /[\p{L}\p{N}][-\u2010]$/u.test(line) ? line + next : null;
  if (!continuation) return line + next;
  const before = (broken[1] as string).toLowerCase();
  const whole = `${before}${continuation}`.toLowerCase();
  const compound = `${before}-${continuation}`.toLowerCase();
  const keepsHyphen = vocabulary.has(compound) || (!vocabulary.has(whole) && hyphenatedFirstElements.has(before));
  return keepsHyphen ? line + next : line.slice(0, -1) + next;
}

/** The next line appended to a paragraph's text: after a space, or into the word a line-end hyphen broke. */
export function joinLine(paragraph: string, next: string, vocabulary: ReadonlySet<string>): string {
  if (!paragraph) return next;
  const joined = hyphenatedJoin(paragraph, next, vocabulary);
  if (joined !== null) return joined;
  // An unspaced dash ends the line as it would the word: "the sea—" / "and the sky".
  return /\S[—–]$/u.test(paragraph) ? paragraph + next : `${paragraph} ${next}`;
}
