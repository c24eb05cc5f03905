import { describe, expect, test } from 'vitest';
import { neutralizeFormula } from '@/lib/format/neutralize-formula';

describe('neutralizeFormula', () => {
  test.each([
    ['=1+1'],
    ['+1'],
    ['-1'],
    ['@SUM(A1)'],
    ['\t=1'],
    ['\r=1'],
    ['\0=1'],
    ['＝1+1'],
    ['＋1'],
    ['－1'],
    ['＠SUM(A1)'],
    ['﹦1'],
  ])('prefixes %j with a quote so a spreadsheet shows it as text', (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });

  test.each([['Seoul'], [''], ['1+1'], ['a=b'], [' =1'], ['“=1”']])('leaves %j as it is', (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });
});
