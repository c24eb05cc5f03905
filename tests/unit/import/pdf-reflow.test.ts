import { describe, expect, test } from 'vitest';
import { findFurniture, isPageNumber } from '@/lib/import/pdf/furniture';
import { groupLines } from '@/lib/import/pdf/group-lines';
import { hyphenationOf, joinLine } from '@/lib/import/pdf/join-lines';
import { paragraphsOf } from '@/lib/import/pdf/paragraphs';
import type { PdfLine, PdfPage } from '@/lib/import/pdf/pdf-line';

/** A line of 11-point text at baseline `y`, starting at `x`, about as wide as its text. */
const line = (text: string, y: number, { x = 50, height = 11 }: { x?: number; height?: number } = {}): PdfLine => ({ text, x, y, height, right: x + text.length * 5 });

/** Lines 13 points apart from `y` on, as a paragraph is set. */
const setLines = (texts: string[], y: number, options: { x?: number; height?: number } = {}) => texts.map((text, index) => line(text, y + index * 13, options));

describe('groupLines: text items to lines', () => {
  test('items on one baseline are one line, read left to right, with a space where the PDF left a gap', () => {
    const lines = groupLines([
      { text: 'rose', x: 100, y: 100, width: 20, height: 10 },
      { text: 'The river', x: 50, y: 100, width: 45, height: 10 },
      { text: 'two metres.', x: 124, y: 100.4, width: 50, height: 10 },
      { text: 'Rescue', x: 50, y: 112, width: 30, height: 10 },
    ]);
    expect(lines.map((found) => found.text)).toEqual(['The river rose two metres.', 'Rescue']);
    expect(lines[0]).toMatchObject({ x: 50, right: 174, y: 100, height: 10 });
  });

  test('a superscript stays on its line; glyphs drawn apart without a gap are one word; blank items are dropped', () => {
    const lines = groupLines([
      { text: 'Sand', x: 50, y: 100, width: 20, height: 10 },
      { text: 'bags', x: 70.5, y: 100, width: 20, height: 10 },
      { text: '1', x: 91, y: 96, width: 3, height: 6 },
      { text: '   ', x: 95, y: 100, width: 5, height: 10 },
      { text: 'ran out.', x: 100, y: 100, width: 30, height: 10 },
    ]);
    expect(lines.map((found) => found.text)).toEqual(['Sandbags1 ran out.']);
    expect(lines[0]?.height).toBe(10);
  });
});

describe('joinLine: the lines of a paragraph', () => {
  // A text whose typesetter hyphenates: "inter" is no word of its own.
  const hyphenated = hyphenationOf(['it was an inter-', 'national crisis']);
  test('a word broken at a line end is joined, a compound keeps its hyphen, the document decides when it can', () => {
    expect(hyphenated.isHyphenated).toBe(true);
    expect(joinLine('an inter-', 'national crisis', hyphenated)).toBe('an international crisis');
    expect(joinLine('a well-', 'known bridge', hyphenated)).toBe('a well-known bridge');
    expect(joinLine('a long-', 'term plan', hyphenationOf(['the long-term view', 'a con-', 'tract']))).toBe('a long-term plan');
    expect(joinLine('a well-', 'ness centre', hyphenationOf(['wellness is']))).toBe('a wellness centre');
    expect(joinLine('the soft\u00ad', 'ware', hyphenated)).toBe('the software');
  });

  test('in a text whose line-end hyphens all follow whole words, as browsers break lines, the hyphen stays', () => {
    const lines = ['the butterfly mechanism and the new butterfly-', 'powered keyboard'];
    expect(hyphenationOf(lines).isHyphenated).toBe(false);
    expect(joinLine('the new butterfly-', 'powered keyboard', hyphenationOf(lines))).toBe('the new butterfly-powered keyboard');
    expect(joinLine('the new butterfly-', 'powered keyboard', hyphenationOf([...lines, 'a co-', 'author']))).toBe('the new butterfly-powered keyboard');
    expect(joinLine('the new butterfly-', 'powered keyboard', hyphenationOf([...lines, 'an inter-', 'national', 'a con-', 'tract']))).toBe('the new butterflypowered keyboard');
  });

  test('a hyphen before a capital or a digit stays, without a space; a spaced dash gets its space back', () => {
    expect(joinLine('the Franco-', 'German border', hyphenated)).toBe('the Franco-German border');
    expect(joinLine('cases of COVID-', '19 rose', hyphenated)).toBe('cases of COVID-19 rose');
    expect(joinLine('from 1990-', '2000', hyphenated)).toBe('from 1990-2000');
    expect(joinLine('the river -', 'and the sea', hyphenated)).toBe('the river - and the sea');
    expect(joinLine('the river—', 'and the sea', hyphenated)).toBe('the river—and the sea');
    expect(joinLine('the river', '—and the sea', hyphenated)).toBe('the river—and the sea');
    expect(joinLine('two metres', 'overnight', hyphenated)).toBe('two metres overnight');
  });
});

describe('paragraphsOf: lines to paragraphs', () => {
  test('a gap clearly wider than the usual line spacing starts a paragraph; lines within one are joined', () => {
    const page = [...setLines(['The river rose', 'two metres overnight.'], 100), ...setLines(['Rescue teams', 'arrived at dawn.'], 100 + 13 + 22)];
    expect(paragraphsOf([page])).toEqual(['The river rose two metres overnight.', 'Rescue teams arrived at dawn.']);
  });

  test('so does a change of font size (a title) and an indented first line, but not a hanging indent under a list item', () => {
    const page = [
      line('Floods reach the capital', 80, { height: 18 }),
      ...setLines(['The river rose two', 'metres overnight.'], 100),
      line('Rescue teams came', 126, { x: 68 }),
      ...setLines(['at dawn.', '1. Schools are shut', 'until Monday.'], 139),
    ];
    page[6] = { ...page[6], x: 68 } as PdfLine;
    expect(paragraphsOf([page])).toEqual(['Floods reach the capital', 'The river rose two metres overnight.', 'Rescue teams came at dawn.', '1. Schools are shut until Monday.']);
  });

  test('on a page of short paragraphs, whose gaps outnumber its line spacings, each is still its own', () => {
    const page = [
      ...setLines(['The river', 'rose', 'overnight.'], 100),
      ...['Teams came.', 'Boats too.', 'Schools shut.', 'Roads closed.'].map((text, index) => line(text, 149 + index * 23)),
    ];
    expect(paragraphsOf([page])).toEqual(['The river rose overnight.', 'Teams came.', 'Boats too.', 'Schools shut.', 'Roads closed.']);
  });

  test('indented one-line paragraphs after one another are each their own; an indented block is one', () => {
    const full = 'x'.repeat(40);
    const page = [line(`${full} a`, 100), line('WHAT YOU NEED', 113, { x: 68 }), line('Do you need a pot?', 126, { x: 68 }), line(full, 139, { x: 68 }), line(full, 152, { x: 68 }), line(`${full} b`, 165)];
    expect(paragraphsOf([page])).toEqual([`${full} a`, 'WHAT YOU NEED', 'Do you need a pot?', `${full} ${full} ${full} b`]);
  });

  test('a paragraph runs on to the next page unless the page ended with a short line closing a sentence', () => {
    const full = 'x'.repeat(40);
    const pageOne = setLines([full, `${full} and the`], 100);
    const pageTwo = setLines(['water kept rising.', 'So ends it.'], 60);
    const pageThree = setLines(['A new one starts.'], 60);
    expect(paragraphsOf([pageOne, pageTwo, pageThree])).toEqual([`${full} ${full} and the water kept rising. So ends it.`, 'A new one starts.']);
    // A short heading at the foot of a page, and a capital after it.
    const headed = [[...setLines([full, full, full], 100), line('Rescue at dawn', 159)], setLines([`The ${full}`, 'teams came.'], 60)];
    expect(paragraphsOf(headed)).toEqual([`${full} ${full} ${full}`, 'Rescue at dawn', `The ${full} teams came.`]);
  });
});

describe('findFurniture: running headers, footers and page numbers', () => {
  const page = (lines: PdfLine[]): PdfPage => ({ lines, height: 800 });
  const body = (marker: string) => setLines([`Body of page ${marker} begins here.`, 'It goes on.'], 120);

  test('a line repeated in the top or bottom band of most pages, whatever its digits, and lone page numbers are furniture', () => {
    const pages = [
      page([line('Annual report 2024', 40), ...body('one'), line('Page 1 of 3', 770)]),
      page([line('Annual report 2024', 40), ...body('two'), line('Page 2 of 3', 770)]),
      page([line('Annual report 2024', 40), ...body('three'), line('- 3 -', 770)]),
    ];
    const furniture = findFurniture(pages);
    expect(furniture.map((indexes, number) => [...indexes].map((index) => pages[number]?.lines[index]?.text))).toEqual([
      ['Annual report 2024', 'Page 1 of 3'],
      ['Annual report 2024', 'Page 2 of 3'],
      ['Annual report 2024', '- 3 -'],
    ]);
  });

  test('a header missing from the title page is still one; text repeated in the body, or on one page only, is not', () => {
    const pages = [
      page([line('Floods reach the capital', 40, { height: 18 }), ...body('one'), line('Repeated line.', 400)]),
      page([line('Ministry of Water', 40), ...body('two'), line('Repeated line.', 400)]),
      page([line('Ministry of Water', 40), ...body('three'), line('Repeated line.', 400), line('Ends here.', 770)]),
    ];
    expect(findFurniture(pages).map((indexes) => [...indexes])).toEqual([[], [0], [0]]);
  });

  test('page numbers are told by their shapes, and only in the bands', () => {
    for (const number of ['3', '- 3 -', '– 12 –', 'Page 3', 'page 3 of 9', 'p. 4', '3/9', '3 of 9', 'iv', 'XII']) expect(isPageNumber(number), number).toBe(true);
    for (const text of ['3 dead', 'Page three', 'Chapter 3', '2024 report', '12345']) expect(isPageNumber(text), text).toBe(false);
    expect(findFurniture([page([...body('one'), line('7', 400)])]).map((indexes) => [...indexes])).toEqual([[]]);
  });
});
