import type { Span } from './text-span';

// Bullets that only ever mark list items (dashes also join clauses, so they are left out).
const bullets = '•⁃◦▪‣∙●■';
const bulletStart = new RegExp(`^[${bullets}]`, 'u');

/** "1.", "2)", "3.)", "a.", "• 9.", "⁃10.": the marker that opens a list item, alone. */
export const listMarker = new RegExp(`^(?:[${bullets}]\\s*)?\\(?(?:\\d{1,3}|\\p{L})(?:\\.\\)|[.)])$`, 'u');

const firstMarker = /^\(?(\d{1,3}|[a-z]|[A-Z])(\.\)|\.|\))\s+\S/u;

function successor(value: string): string {
  return /^\d/.test(value) ? String(Number(value) + 1) : String.fromCharCode(value.charCodeAt(0) + 1);
}

function escapeForPattern(text: string): string {
  return text.replace(/[.()]/g, (character) => `\\${character}`);
}

export function startsListItem(text: string): boolean {
  return bulletStart.test(text) || firstMarker.test(text);
}

/**
 * Where the second and later items of a list written on one line start ("1) The first item
 * 2) The second item", "a. … b. … c. …", "• … • …"). Items are counted in order from the
 * marker that opens the line, so a number in the middle of a sentence is never taken for one.
 * A list of capital letters needs three items, since "A. Smith met B. Jones" has two initials.
 */
export function listItemStarts(text: string, line: Span): number[] {
  const lineText = text.slice(line.start, line.end);
  const bullet = lineText[0] ?? '';
  if (bullets.includes(bullet) && bullet !== '') {
    const starts: number[] = [];
    const pattern = new RegExp(`(?<=\\s)${bullet}`, 'gu');
    for (let match = pattern.exec(lineText); match; match = pattern.exec(lineText)) starts.push(line.start + match.index);
    return starts;
  }
  const first = firstMarker.exec(lineText);
  if (!first) return [];
  const [, value = '', style = ''] = first;
  const starts: number[] = [];
  let expected = successor(value);
  let from = first[0].length;
  for (;;) {
    const pattern = new RegExp(`(?<=\\s)\\(?${escapeForPattern(expected)}${escapeForPattern(style)}(?=\\s+\\S)`, 'u');
    const match = pattern.exec(lineText.slice(from));
    if (!match) break;
    starts.push(line.start + from + match.index);
    from += match.index + match[0].length;
    expected = successor(expected);
  }
  const needed = /^[A-Z]$/.test(value) ? 2 : 1;
  return starts.length >= needed ? starts : [];
}
