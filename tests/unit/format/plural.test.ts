import { describe, expect, test } from 'vitest';
import { countOf, plural } from '@/lib/format/plural';

describe('plurals by the language’s rules', () => {
  test('one takes the singular; none, many and fractions the plural', () => {
    expect(countOf(1, 'claim', 'claims')).toBe('1 claim');
    expect(countOf(0, 'claim', 'claims')).toBe('0 claims');
    expect(countOf(2, 'claim', 'claims')).toBe('2 claims');
    expect(countOf(1.5, 'page', 'pages')).toBe('1.5 pages');
    expect(plural(1, { one: 'needs', other: 'need' })).toBe('needs');
    expect(plural(30, { one: 'needs', other: 'need' })).toBe('need');
  });
});
