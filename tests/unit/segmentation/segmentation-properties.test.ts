import fc from 'fast-check';
import { expect, test } from 'vitest';
import { segmentReport } from '@/lib/segmentation/segment-report';

// Text built from the characters that matter to a segmenter, plus arbitrary Unicode.
const newsLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom('.', '. ', '? ', '! ', '\n', '\n\n', ' ', '\u00a0', '“', '”', '"', '(', ')', 'U.S. ', 'Mr. ', '$1.2 ', 'Image: ', '- ', '02:43', ','),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom('The', 'envoys', 'met', 'Seoul', 'North', 'Korea', 'said'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

test('sentences keep text === body.slice(start, end), are trimmed, never overlap and cover every non-space character', () => {
  fc.assert(
    fc.property(newsLikeText, (body) => {
      const sentences = segmentReport(body);
      const covered = new Uint8Array(body.length);
      let previousEnd = 0;
      sentences.forEach((sentence, index) => {
        expect(sentence.index).toBe(index);
        expect(sentence.text).toBe(body.slice(sentence.start, sentence.end));
        expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
        expect(sentence.end).toBeGreaterThan(sentence.start);
        expect(sentence.text).toBe(sentence.text.trim());
        covered.fill(1, sentence.start, sentence.end);
        previousEnd = sentence.end;
      });
      for (let i = 0; i < body.length; i += 1) {
        if (!/\s/u.test(body[i] ?? '')) expect(covered[i], `character ${i} (${JSON.stringify(body[i])}) is in a sentence`).toBe(1);
      }
    }),
    { numRuns: 500 },
  );
});
