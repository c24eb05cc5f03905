/** A half-open range of a text, [start, end). */
export type Span = { start: number; end: number };

// \s covers U+00A0 and the other Unicode spaces that scraped pages are full of.
const leadingSpace = /^\s+/u;
const trailingSpace = /\s+$/u;

/** The span without its leading and trailing whitespace, or null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  const slice = text.slice(span.start, span.end);
  const start = span.start + (leadingSpace.exec(slice)?.[0].length ?? 0);
  const end = span.end - (trailingSpace.exec(slice)?.[0].length ?? 0);
  return end > start ? { start, end } : null;
}

/** The non-blank lines of a text, trimmed, with their offsets. */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const line = trimSpan(text, { start: match.index, end: match.index + match[0].length });
    if (line) lines.push(line);
  }
  return lines;
}
