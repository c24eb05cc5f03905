import type { PdfLine, PdfTextItem } from './pdf-line';

// A gap wider than this share of the font size is a space the PDF drew by moving, not by a glyph.
const spaceGapShare = 0.15;

function overlapsVertically(item: PdfTextItem, line: { top: number; y: number }): boolean {
  const overlap = Math.min(item.y, line.y) - Math.max(item.y - item.height, line.top);
  // Half the smaller font size in common: a superscript joins its line, the next line does not.
  return overlap >= 0.5 * Math.min(item.height, line.y - line.top);
}

function joinItems(items: PdfTextItem[]): string {
  let text = '';
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - previousEnd;
    const spaced = /\s$/.test(text) || /^\s/.test(item.text);
    if (text && !spaced && gap > spaceGapShare * item.height) text += ' ';
    text += item.text;
    previousEnd = Math.max(previousEnd, item.x + item.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A page's text items as lines, top to bottom: items whose glyphs share most of their height are
 * one line, read left to right. Columns side by side are not told apart: they read as one line.
 */
export function groupLines(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = items.filter((item) => item.text.trim() && item.height > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { top: number; y: number; items: PdfTextItem[] }[] = [];
  for (const item of sorted) {
    const line = groups.find((candidate) => overlapsVertically(item, candidate));
    if (line) {
      line.items.push(item);
      // The baseline and top are the line's main text's, not a superscript's or a drop cap's.
      if (item.height > line.y - line.top) Object.assign(line, { y: item.y, top: item.y - item.height });
    } else groups.push({ top: item.y - item.height, y: item.y, items: [item] });
  }
  return groups
    .map((group) => {
      const inOrder = group.items.sort((a, b) => a.x - b.x);
      const first = inOrder[0] as PdfTextItem;
      return {
        text: joinItems(inOrder),
        x: first.x,
        right: Math.max(...inOrder.map((item) => item.x + item.width)),
        y: group.y,
        height: group.y - group.top,
      };
    })
    .filter((line) => line.text)
    .sort((a, b) => a.y - b.y);
}
