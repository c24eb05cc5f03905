import type { PdfPage } from './pdf-line';

// Running headers and footers sit in the top and bottom eighth of a page, and are at most its
// first or last two lines there.
const bandShare = 0.125;
const linesPerBand = 2;
// Repeated on this share of the pages (and on two at least): odd and even pages may carry
// different running heads, each on half of them.
const repeatShare = 0.4;

const pageNumberPatterns = [
  /^[-–—]?\s*\d{1,4}\s*[-–—]?$/,
  /^(page|p\.|pg\.?)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(of|\/)\s*\d{1,4}$/i,
  /^[ivxlc]{1,7}$/i,
];

/** A lone page number: "3", "- 3 -", "Page 3", "Page 3 of 9", "3/9", "iv". */
export function isPageNumber(text: string): boolean {
  const trimmed = text.trim();
  return pageNumberPatterns.some((pattern) => pattern.test(trimmed));
}

/** What a running header or footer keeps from page to page: its words, whatever its numbers. */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** The indexes of a page's lines in its top and bottom bands, each band named. */
function bandLines(page: PdfPage): { index: number; band: 'top' | 'bottom' }[] {
  const top = page.lines.flatMap((line, index) => (line.y <= page.height * bandShare ? [index] : [])).slice(0, linesPerBand);
  const bottom = page.lines.flatMap((line, index) => (line.y >= page.height * (1 - bandShare) ? [index] : [])).slice(-linesPerBand);
  return [...top.map((index) => ({ index, band: 'top' as const })), ...bottom.map((index) => ({ index, band: 'bottom' as const }))];
}

/**
 * Which lines are page furniture, per page: lone page numbers in a page's top or bottom band, and
 * lines repeated in the same band of most pages once their digits are set aside ("Page 3 of 9").
 */
export function findFurniture(pages: readonly PdfPage[]): Set<number>[] {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(bandLines(page).map(({ index, band }) => `${band}:${repeatKey(page.lines[index]?.text ?? '')}`));
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length * repeatShare));
  return pages.map((page) => {
    const furniture = new Set<number>();
    for (const { index, band } of bandLines(page)) {
      const text = page.lines[index]?.text ?? '';
      if (isPageNumber(text) || (pagesWith.get(`${band}:${repeatKey(text)}`) ?? 0) >= repeatedOn) furniture.add(index);
    }
    return furniture;
  });
}
