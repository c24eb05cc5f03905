import { isDateline } from './datelines';
import { gluedCreditStart, isBoilerplateLine, isCredit, isDuration, isParentheticalCaption, wordCount } from './line-patterns';
import { startsListItem } from './list-items';
import type { Span } from './text-span';

// Lines of text pasted from a PDF or an e-mail are broken at a fixed width (60 to 80 characters
// in practice) wherever a word did not fit; a paragraph of scraped text is one long line.
const minimumWrapWidth = 40;
const maximumWrapWidth = 120;

// A line may end with a comma or a semicolon and go on; after a colon comes a list or a quotation.
const endsSentence = /[.!?…:]["”’')\]]*$/u;

function isStructural(text: string): boolean {
  return isBoilerplateLine(text) || isDateline(text) || isCredit(text) || isDuration(text) || startsListItem(text) ||
    gluedCreditStart(text) !== null || isParentheticalCaption(text);
}

function firstWordLength(text: string): number {
  return /^\S+/u.exec(text)?.[0].length ?? 0;
}

// The line was broken mid-sentence: it ends none and the next line goes on in lower case after
// a line of a few words, or the paragraph is set at a fixed width and the next word would not
// have fitted on the line (then even a line that ends a sentence, or "Dr.", was wrapped).
function wrapsInto(line: string, next: string, width: number): boolean {
  // A line of one or two words going on in lower case is more likely an item of a list.
  const goesOnInLowerCase = !endsSentence.test(line) && /^\p{Ll}/u.test(next) && wordCount(line) >= 3;
  const isWrappedAtWidth =
    width >= minimumWrapWidth && width <= maximumWrapWidth && line.length >= 0.6 * width && line.length + 1 + firstWordLength(next) > width;
  return (goesOnInLowerCase || isWrappedAtWidth) && !isStructural(line) && !isStructural(next);
}

/**
 * The lines of one paragraph (lines with no blank line between them) grouped into the
 * hard-wrapped runs that make one text. A run must end a sentence: lines that never do
 * ("features / contact manager / events, activities") are one item per line, not a wrapped text.
 */
export function groupHardWrappedLines(body: string, paragraph: Span[]): Span[][] {
  const texts = paragraph.map((line) => body.slice(line.start, line.end));
  const width = Math.max(...texts.map((text) => text.length));
  const groups: number[][] = [];
  texts.forEach((text, i) => {
    const group = groups.at(-1);
    const previous = texts[i - 1];
    if (group && previous !== undefined && wrapsInto(previous, text, width)) group.push(i);
    else groups.push([i]);
  });
  return groups.flatMap((group) => {
    const last = texts[group.at(-1) ?? 0] ?? '';
    const lines = group.map((i) => paragraph[i]).filter((line): line is Span => line !== undefined);
    return group.length === 1 || /[.!?…]["”’')\]]*$/u.test(last) ? [lines] : lines.map((line) => [line]);
  });
}
