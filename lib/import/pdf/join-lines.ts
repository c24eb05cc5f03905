// Joining the lines of one paragraph. A hyphen at the end of a line is either the typesetter's
// (inter- / national) or a compound's own (butterfly- / powered), and only a dictionary can always
// tell. Without one, in this order: the document's own words decide when it has the word
// elsewhere, hyphenated or whole; a few first elements that always take a hyphen keep it; then
// the document's habit: where most lines ending in a hyphen end in a fragment that is no word of
// the text ("inter-"), its typesetter hyphenates, and the hyphen goes; where most follow a whole
// word (browsers and word processors break lines only at hyphens already there: "butterfly-",
// and now and then "co-"), it stays. The cost: in a hyphenated text a compound broken at its
// hyphen and used nowhere else loses its hyphen, and a short text's few breaks are thin evidence
// (one "like- / minded" where "like" is used nowhere else reads as hyphenation).
const hyphenatedFirstElements = new Set(['self', 'well', 'half', 'cross']);

const wordPattern = /[\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)*/gu;
const brokenWord = /(\p{L}+)[-\u2010]$/u;

export type Hyphenation = { vocabulary: ReadonlySet<string>; isHyphenated: boolean };

const normalized = (word: string) => word.toLowerCase().replace(/\u2010/g, '-');

/**
 * The words of a document's lines (lowercased, compounds as written), leaving out the pieces a
 * line-end hyphen cut, and whether its typesetter hyphenates words.
 */
export function hyphenationOf(lines: readonly string[]): Hyphenation {
  const vocabulary = new Set<string>();
  const fragments: string[] = [];
  lines.forEach((line, index) => {
    const broken = brokenWord.exec(line);
    const whole = broken ? line.slice(0, broken.index) : line;
    const afterBreak = index > 0 && brokenWord.test(lines[index - 1] ?? '');
    const words = [...whole.matchAll(wordPattern)].map(([word]) => normalized(word));
    for (const word of afterBreak ? words.slice(1) : words) vocabulary.add(word);
    if (broken) fragments.push(normalized(broken[1] as string));
  });
  const nonWords = fragments.filter((fragment) => !vocabulary.has(fragment)).length;
  return { vocabulary, isHyphenated: nonWords > fragments.length / 2 };
}

function hyphenatedJoin(line: string, next: string, { vocabulary, isHyphenated }: Hyphenation): string | null {
  if (line.endsWith('\u00ad')) return line.slice(0, -1) + next;
  const broken = brokenWord.exec(line);
  const continuation = /^\p{Ll}[\p{L}]*/u.exec(next)?.[0];
  if (!broken) return /[\p{L}\p{N}][-\u2010]$/u.test(line) ? line + next : null;
  if (!continuation) return line + next;
  const before = normalized(broken[1] as string);
  const whole = normalized(`${before}${continuation}`);
  const compound = normalized(`${before}-${continuation}`);
  const keepsHyphen = vocabulary.has(compound) || (!vocabulary.has(whole) && (hyphenatedFirstElements.has(before) || !isHyphenated));
  return keepsHyphen ? line + next : line.slice(0, -1) + next;
}

/** The next line appended to a paragraph's text: after a space, or into the word a line-end hyphen broke. */
export function joinLine(paragraph: string, next: string, hyphenation: Hyphenation): string {
  if (!paragraph) return next;
  const joined = hyphenatedJoin(paragraph, next, hyphenation);
  if (joined !== null) return joined;
  // An unspaced dash ends or starts a line as it would the word: "the sea—" / "and the sky".
  return /\S[—–]$/u.test(paragraph) || /^[—–]\S/u.test(next) ? paragraph + next : `${paragraph} ${next}`;
}
