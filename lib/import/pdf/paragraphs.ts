import type { PdfLine } from './pdf-line';
import { joinLine, vocabularyOf } from './join-lines';

// A gap this much wider than the usual line spacing, a font size this different, or a first line
// indented by this share of its font size starts a paragraph.
const paragraphGapRatio = 1.3;
const fontSizeChange = 0.2;
const indentShare = 0.6;
// Below this, a page's own spacing is too thin a sample: the document's is used.
const fewestGapsOnAPage = 4;

const listItem = /^([•●▪◦‣∙·*–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s/u;
const sentenceEnd = /[.!?:]["'”’)\]]*$/u;

export type PageLines = readonly PdfLine[];

const sameSize = (a: PdfLine, b: PdfLine) => Math.abs(a.height - b.height) <= fontSizeChange * Math.max(a.height, b.height);

/** Baseline-to-baseline distances between lines of one size that follow each other, in font sizes. */
function spacings(lines: PageLines): number[] {
  return lines.slice(1).flatMap((line, index) => {
    const previous = lines[index] as PdfLine;
    const gap = line.y - previous.y;
    return gap > 0 && sameSize(previous, line) ? [gap / line.height] : [];
  });
}

// Of two middle values the lower: paragraph gaps are the rarer spacing, so a short text's few
// gaps are not averaged into its line spacing.
function lowerMedian(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1] ?? null;
}

/** Does `line` start a paragraph after `previous` on the same page (`next` is the line after it)? */
function startsParagraph(previous: PdfLine, line: PdfLine, next: PdfLine | undefined, usualSpacing: number | null): boolean {
  if (!sameSize(previous, line)) return true;
  const gap = line.y - previous.y;
  if (gap <= 0 || (usualSpacing !== null && gap / line.height > usualSpacing * paragraphGapRatio)) return true;
  if (listItem.test(line.text)) return true;
  // A first-line indent: this line starts further right than the one before and the one after,
  // which is not a hanging indent under a list item nor the start of an indented block.
  const indent = indentShare * line.height;
  const isIndented = line.x > previous.x + indent && !listItem.test(previous.text);
  return isIndented && (next === undefined || next.x < line.x - indent);
}

/** Does the first line of a page start a paragraph after the last line of the page before? */
function startsParagraphOnNewPage(previous: PdfLine, line: PdfLine, typicalRight: number): boolean {
  // A paragraph's last line usually ends short of the margin, and after a full stop.
  return !sameSize(previous, line) || listItem.test(line.text) || (sentenceEnd.test(previous.text) && previous.right < typicalRight - 2 * previous.height);
}

/**
 * The body lines of a document's pages as paragraphs: lines of one paragraph joined with a space
 * (or into the word a line-end hyphen broke), a new paragraph where the gap between two lines is
 * clearly wider than the page's usual line spacing (else the document's), the font size
 * changes, a list item starts, or a first line is indented.
 */
export function paragraphsOf(pages: readonly PageLines[]): string[] {
  const vocabulary = vocabularyOf(pages.flatMap((lines) => lines.map((line) => line.text)));
  const documentSpacing = lowerMedian(pages.flatMap(spacings));
  const typicalRight = lowerMedian(pages.flatMap((lines) => lines.map((line) => line.right))) ?? 0;
  const paragraphs: string[] = [];
  let current = '';
  let last: PdfLine | null = null;
  for (const lines of pages) {
    const pageSpacing = spacings(lines);
    const usualSpacing = pageSpacing.length >= fewestGapsOnAPage ? lowerMedian(pageSpacing) : documentSpacing;
    lines.forEach((line, index) => {
      const previous = index > 0 ? (lines[index - 1] as PdfLine) : null;
      const isNewParagraph = previous ? startsParagraph(previous, line, lines[index + 1], usualSpacing) : last !== null && startsParagraphOnNewPage(last, line, typicalRight);
      if (isNewParagraph && current) {
        paragraphs.push(current);
        current = '';
      }
      current = joinLine(current, line.text, vocabulary);
      last = line;
    });
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
