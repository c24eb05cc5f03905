import type { Span } from '@/lib/segmentation/text-span';

/**
 * The spans of `sentences` in `body`, matched in order character by character with whitespace
 * ignored (some splitters collapse it), or null when a splitter changed the text otherwise.
 */
export function alignSentences(body: string, sentences: string[]): Span[] | null {
  const spans: Span[] = [];
  let cursor = 0;
  const skipSpace = (position: number) => {
    let at = position;
    while (at < body.length && /\s/u.test(body[at] ?? '')) at += 1;
    return at;
  };
  for (const sentence of sentences) {
    const characters = sentence.replace(/\s+/gu, '');
    if (characters === '') continue;
    const start = skipSpace(cursor);
    let at = start;
    for (const character of characters) {
      at = skipSpace(at);
      if (body[at] !== character) return null;
      at += 1;
    }
    spans.push({ start, end: at });
    cursor = at;
  }
  return spans;
}
