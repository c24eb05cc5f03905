import { describe, expect, test } from 'vitest';
import { pagePrecision, pageRecall, scorePage, shingles, summarizeScores } from '../../../tooling/shingle-score';

describe('the benchmark metric: multisets of 4-token shingles', () => {
  test('tokens are runs of Unicode word characters; punctuation and spacing do not count', () => {
    expect([...shingles('The  cat, sat—on the mat!').keys()]).toEqual(['The cat sat on', 'cat sat on the', 'sat on the mat']);
    expect([...shingles('Ça coûte 3½ € — 東京 snake_case').keys()]).toEqual(['Ça coûte 3½ 東京', 'coûte 3½ 東京 snake_case']);
    // as Python's \w: a combining mark is not a word character
    expect([...shingles('cafe\u0301 noir').keys()]).toEqual(['cafe noir']);
  });

  test('a text of fewer than four tokens is one shingle of all of them, an empty text none', () => {
    expect(shingles('Hello there')).toEqual(new Map([['Hello there', 1]]));
    expect(shingles(' — ').size).toBe(0);
  });

  test('repeated shingles are counted, and matched only as often as both texts have them', () => {
    const truth = 'a b c d a b c d';
    expect(shingles(truth).get('a b c d')).toBe(2);
    const once = scorePage('a b c d', truth);
    // predicted: 1 shingle, matched once; truth: 5 shingles, 4 unmatched
    expect(once.truePositive).toBeCloseTo(1 / 5);
    expect(once.falsePositive).toBe(0);
    expect(once.falseNegative).toBeCloseTo(4 / 5);
    const thrice = scorePage('a b c d x a b c d x a b c d', 'a b c d');
    expect(pagePrecision(thrice)).toBeCloseTo(1 / 11);
    expect(pageRecall(thrice)).toBe(1);
  });

  test('a page score is normalised to shares that add up to 1, and case matters', () => {
    const score = scorePage('One two three four five', 'one two three four five six');
    expect(score.truePositive + score.falsePositive + score.falseNegative).toBeCloseTo(1);
    // predicted: "One two three four" (unmatched), "two three four five"; truth has 3 shingles
    expect(score.truePositive).toBeCloseTo(1 / 4);
    expect(pagePrecision(score)).toBeCloseTo(1 / 2);
    expect(pageRecall(score)).toBeCloseTo(1 / 3);
  });

  test('precision and recall are means over pages, a page without prediction counts 0 in recall only, F1 is of the means', () => {
    const perfect = scorePage('w x y z', 'w x y z');
    const half = scorePage('a b c d e f g', 'a b c d e'); // P 2/4, R 2/2
    const none = scorePage('', 'a b c d');
    const summary = summarizeScores([perfect, half, none]);
    expect(summary.precision).toBeCloseTo((1 + 0.5) / 2);
    expect(summary.recall).toBeCloseTo((1 + 1 + 0) / 3);
    expect(summary.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
  });
});
