import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureTextReuse, minAlignedShare, minRunShare, quotedMask } from '@/lib/stories/text-reuse';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

const texts = {
  FORUM: read('data/reports/ipdefenseforum.txt'),
  Reuters: read('data/reports/reuters.txt'),
  DW: read('data/reports/dw.txt'),
  'FORUM light edit': read('tests/fixtures/independence/forum-light-edit.txt'),
  'FORUM paraphrase': read('tests/fixtures/independence/forum-paraphrase.txt'),
  'statement A': read('tests/fixtures/independence/statement-report-a.txt'),
  'statement B': read('tests/fixtures/independence/statement-report-b.txt'),
  'statement C': read('tests/fixtures/independence/statement-report-c.txt'),
  'Reuters light edit': read('tests/fixtures/independence/reuters-light-edit.txt'),
};
type Name = keyof typeof texts;

const measure = (original: Name, copy: Name) => measureTextReuse({ name: original, body: texts[original] }, { name: copy, body: texts[copy] });
const bothWays = (a: Name, b: Name) => [measure(a, b), measure(b, a)];

describe('text reuse on the pairs the cut-offs were chosen on', () => {
  test('a lightly edited copy of FORUM (new intro, words changed, sentences dropped) is a copy by shared runs', () => {
    const result = measure('FORUM', 'FORUM light edit');
    expect(result).toMatchObject({ reused: true, kind: 'copy' });
    expect(result.figures.runShare).toBeGreaterThan(0.8);
    expect(result.detail).toMatch(/^\d+% of FORUM light edit’s unquoted wording recurs in FORUM in runs of 8\+ words$/);
  });

  test('a sentence-by-sentence paraphrase of FORUM shares no runs but follows its sentences in order', () => {
    const result = measure('FORUM', 'FORUM paraphrase');
    expect(result.figures.runShare).toBeLessThan(minRunShare);
    expect(result).toMatchObject({ reused: true, kind: 'rewrite' });
    expect(result.figures.alignedShare).toBeGreaterThan(0.85);
    expect(result.detail).toBe(`${result.figures.alignedSentences} of ${result.figures.comparedSentences} of FORUM paraphrase’s sentences follow FORUM’s in order`);
  });

  test('two independent reports quoting the same long statement are independent: the quotes do not count', () => {
    for (const result of bothWays('statement A', 'statement B')) {
      expect(result.reused).toBe(false);
      expect(result.figures.wordsInSharedRuns).toBe(0);
      expect(result.figures.alignedShare).toBeLessThan(minAlignedShare / 2);
    }
  });

  test('the shipped Reuters and FORUM reports, and DW and FORUM, are independent by text reuse', () => {
    for (const result of [...bothWays('Reuters', 'FORUM'), ...bothWays('DW', 'FORUM')]) {
      expect(result.reused).toBe(false);
      expect(result.figures.runShare).toBeLessThan(0.05);
      expect(result.figures.alignedShare).toBeLessThanOrEqual(0.4);
    }
  });

  test('DW and Reuters share a stray phrase, not their wording (DW is derived anyway, by its credit line)', () => {
    for (const result of bothWays('Reuters', 'DW')) {
      expect(result.reused).toBe(false);
      expect(result.figures.wordsInSharedRuns).toBeGreaterThan(0);
      expect(result.figures.runShare).toBeLessThan(0.05);
    }
  });
});

describe('text reuse on pairs held out from choosing the cut-offs', () => {
  test('a third independent account of the statement is independent of both others', () => {
    for (const result of [...bothWays('statement A', 'statement C'), ...bothWays('statement B', 'statement C')]) expect(result.reused).toBe(false);
  });

  test('a lightly edited, shortened copy of Reuters is a copy, either way round', () => {
    for (const result of bothWays('Reuters', 'Reuters light edit')) expect(result).toMatchObject({ reused: true, kind: 'copy' });
  });

  test('the shipped reports are independent of the copies of the other reports', () => {
    const pairs: [Name, Name][] = [
      ['Reuters', 'FORUM light edit'],
      ['Reuters', 'FORUM paraphrase'],
      ['DW', 'FORUM paraphrase'],
      ['DW', 'FORUM light edit'],
      ['FORUM', 'Reuters light edit'],
    ];
    for (const [a, b] of pairs) for (const result of bothWays(a, b)) expect(result.reused).toBe(false);
  });

  test('two copies of one original are derived from each other too', () => {
    expect(measure('FORUM light edit', 'FORUM paraphrase')).toMatchObject({ reused: true, kind: 'rewrite' });
  });
});

describe('normalization and quotes', () => {
  const sentence = 'The board said the broken water main under the rail yard would be replaced by Wednesday evening at the latest. ';
  const second = 'It was the third break this year in the eastern districts of the city, officials said.';
  const body = (text: string) => `${text}\n\n${second}`;

  test('case, curly quotes, punctuation, whitespace and no-break spaces do not hide copied wording', () => {
    const changed = sentence.toUpperCase().replace(/ /g, '\u00a0 ').replace('.', '!');
    expect(measureTextReuse({ name: 'A', body: body(sentence) }, { name: 'B', body: body(changed) }).figures.runShare).toBe(1);
  });

  test('wording quoted in either report is not counted as reuse', () => {
    const quotedInB = measureTextReuse({ name: 'A', body: body(sentence) }, { name: 'B', body: body(`“${sentence.trim()}”`) }).figures;
    const quotedInA = measureTextReuse({ name: 'A', body: body(`"${sentence.trim()}"`) }, { name: 'B', body: body(sentence) }).figures;
    expect(quotedInB).toMatchObject({ unquotedWords: 16, wordsInSharedRuns: 16 });
    expect(quotedInA).toMatchObject({ unquotedWords: 36, wordsInSharedRuns: 16 });
  });

  test('apostrophes are not quotes; single quotation marks are', () => {
    const text = 'North Korea’s envoy called it ‘a grave threat’ and the countries’ response firm.';
    const quoted = [...text].filter((_, i) => quotedMask(text)[i]).join('');
    expect(quoted).toBe('‘a grave threat’');
  });

  test('a quotation left open ends with its paragraph', () => {
    const text = '"We will act, he said.\nThe ministry said nothing.';
    const mask = quotedMask(text);
    expect(mask[text.indexOf('ministry')]).toBe(false);
    expect(mask[text.indexOf('act')]).toBe(true);
  });
});
