import type { PdfLine } from './pdf-line';
import { hyphenationOf, joinLine } from './join-lines';

// A gap this much wider than the usual line spacing, a font size this different, or a first line
// indented by this share of its font size starts a paragraph.
const paragraphGapRatio = 1.3;
const fontSizeChange = 0.2;
const indentShare = 0.6;
// Below this, a page's own spacing is too thin a sample: the document's is used.
const fewestGapsOnAPage = 4;
const spacingShare = 0.25;

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

function quantile(values: readonly number[], share: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * share) - 1)] ?? null;
}

// The usual line spacing is the lower quartile of the spacings, not their median: a page of short
// paragraphs has more paragraph gaps than line gaps. A page whose spacing is wider than the
// document's (mostly one-line paragraphs, say) is held to the document's.
function usualSpacingOf(lines: PageLines, documentSpacing: number | null): number | null {
  const pageSpacings = spacings(lines);
  const pageSpacing = pageSpacings.length >= fewestGapsOnAPage ? quantile(pageSpacings, spacingShare) : null;
  if (pageSpacing === null || documentSpacing === null) return pageSpacing ?? documentSpacing;
  return Math.min(pageSpacing, documentSpacing);
}

/** What a page's lines are measured against: its usual line spacing, its left margin, where full lines end. */
type Layout = { usualSpacing: number | null; leftMargin: number; typicalRight: number };

/** The x a page's lines start at when not indented: the leftmost that two lines or more share. */
function leftMarginOf(lines: PageLines): number {
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.x), (starts.get(Math.round(line.x)) ?? 0) + 1);
  const shared = [...starts].filter(([, count]) => count >= 2).map(([x]) => x);
  return Math.min(...(shared.length > 0 ? shared : [...starts.keys()]));
}

/** A line ending well short of where full lines end: the last of its paragraph. */
const endsShort = (line: PdfLine, layout: Layout) => line.right < layout.typicalRight - 2 * line.height;

/** Does `line` start a paragraph after `previous` on the same page (`next` is the line after it)? */
function startsParagraph(previous: PdfLine, line: PdfLine, next: PdfLine | undefined, layout: Layout): boolean {
  if (!sameSize(previous, line)) return true;
  const gap = line.y - previous.y;
  if (gap <= 0 || (layout.usualSpacing !== null && gap / line.height > layout.usualSpacing * paragraphGapRatio)) return true;
  if (listItem.test(line.text)) return true;
  const indent = indentShare * line.height;
  if (line.x <= layout.leftMargin + indent || listItem.test(previous.text)) return false;
  // After an indented line, as in a block quote, only where that line ended a paragraph.
  if (previous.x > layout.leftMargin + indent) return endsShort(previous, layout);
  // A first-line indent, unless the lines after stay indented: a hanging indent.
  return next === undefined || next.x < line.x - indent || endsShort(line, layout);
}

/** Does the first line of a page start a paragraph after the last line of the page before? */
function startsParagraphOnNewPage(previous: PdfLine, line: PdfLine, layout: Layout): boolean {
  // A paragraph's last line (or a heading) ends short of the margin, and the next paragraph starts
  // with a capital or a digit; a ragged line ends short too, so one sign alone is not enough.
  const startsAnew = sentenceEnd.test(previous.text) || /^[\p{Lu}\p{N}]/u.test(line.text);
  return !sameSize(previous, line) || listItem.test(line.text) || (endsShort(previous, layout) && startsAnew);
}

/**
 * The body lines of a document's pages as paragraphs: lines of one paragraph joined with a space
 * (or into the word a line-end hyphen broke), a new paragraph where the gap between two lines is
 * clearly wider than the usual line spacing (usualSpacingOf), the font size
 * changes, a list item starts, or a first line is indented.
 */
export function paragraphsOf(pages: readonly PageLines[]): string[] {
  const hyphenation = hyphenationOf(pages.flatMap((lines) => lines.map((line) => line.text)));
  const documentSpacing = quantile(pages.flatMap(spacings), spacingShare);
  const typicalRight = quantile(pages.flatMap((lines) => lines.map((line) => line.right)), 0.5) ?? 0;
  const paragraphs: string[] = [];
  let current = '';
  let last: PdfLine | null = null;
  for (const lines of pages) {
    const layout = { usualSpacing: usualSpacingOf(lines, documentSpacing), leftMargin: leftMarginOf(lines), typicalRight };
    lines.forEach((line, index) => {
      const previous = index > 0 ? (lines[index - 1] as PdfLine) : null;
      const isNewParagraph = previous ? startsParagraph(previous, line, lines[index + 1], layout) : last !== null && startsParagraphOnNewPage(last, line, layout);
      if (isNewParagraph && current) {
        paragraphs.push(current);
        current = '';
      }
      current = joinLine(current, line.text, hyphenation);
      last = line;
    });
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
