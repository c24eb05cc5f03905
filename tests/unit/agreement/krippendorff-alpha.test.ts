import { describe, expect, test } from 'vitest';
import { krippendorffAlphaNominal, percentAgreement } from '@/lib/agreement/krippendorff-alpha';

// Reliability data as printed in the sources: one row per coder, one column per unit, null missing.
function unitsOf(coders: (number | null)[][]): string[][] {
  const unitCount = Math.max(...coders.map((row) => row.length));
  return Array.from({ length: unitCount }, (_, unit) => coders.flatMap((row) => (row[unit] === null || row[unit] === undefined ? [] : [String(row[unit])])));
}

describe("Krippendorff's alpha, nominal", () => {
  test('4 coders, 12 units, missing values: 0.743 (Krippendorff 2011, section C)', () => {
    const units = unitsOf([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ]);
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.743, 3);
  });

  test('2 coders, 10 units, binary: 0.095 (Krippendorff 2011, section A)', () => {
    const units = unitsOf([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.095, 3);
  });

  test('perfect agreement with variation is 1; systematic disagreement is below 0', () => {
    expect(krippendorffAlphaNominal([['a', 'a'], ['b', 'b'], ['c', 'c', 'c']])).toBe(1);
    expect(krippendorffAlphaNominal([['a', 'b'], ['b', 'a']])).toBeLessThan(0);
  });

  test('undefined (null) without pairable values or without any variation', () => {
    expect(krippendorffAlphaNominal([])).toBeNull();
    expect(krippendorffAlphaNominal([['a'], ['b']])).toBeNull();
    expect(krippendorffAlphaNominal([['a', 'a'], ['a', 'a', 'a']])).toBeNull();
  });

  test('units with a single value do not change the figure', () => {
    const units = [['a', 'b'], ['a', 'a'], ['b', 'b']];
    expect(krippendorffAlphaNominal([...units, ['c'], ['a']])).toBeCloseTo(krippendorffAlphaNominal(units) ?? Number.NaN, 12);
  });
});

describe('percent agreement', () => {
  test('counts only units with two or more values', () => {
    expect(percentAgreement([['a', 'a'], ['a', 'b'], ['c'], ['b', 'b', 'b']])).toBeCloseTo(2 / 3, 12);
    expect(percentAgreement([['a']])).toBeNull();
  });
});
