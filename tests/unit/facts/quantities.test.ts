import { expect, test } from 'vitest';
import { extractQuantities, findMismatches } from '@/lib/facts/quantities';

test('finds amounts, durations, dates and counts in news sentences', () => {
  const quantities = extractQuantities('In December, hackers had stolen 1.5 trillion won ($1.2 billion; €1.04 billion) in the last five years, about 100,000 workers.');
  expect(quantities.map(({ kind, value }) => [kind, value])).toEqual([
    ['amount', 'won1500000000000'],
    ['amount', '$1200000000'],
    ['amount', '€1040000000'],
    ['duration', '5 year'],
    ['number', '100000'],
  ]);
});

test('flags figures of the same kind that differ, and not figures only one side gives', () => {
  expect(findMismatches('Hackers stole $1.2 billion in five years.', 'Hackers stole $1.7 billion last year.')).toEqual([
    { kind: 'amount', claim: '$1.2 billion', other: '$1.7 billion' },
    { kind: 'duration', claim: 'five years', other: 'last year' },
  ]);
  expect(findMismatches('Hackers stole about $1.2 billion in the previous five years.', 'worth 1.5 trillion won ($1.2 billion; €1.04 billion) in the last five years')).toEqual([]);
  expect(findMismatches('A December 2019 deadline passed.', 'The envoys met on April 7, 2023.')).toEqual([{ kind: 'date', claim: 'December 2019', other: 'April 7, 2023' }]);
  expect(findMismatches('The envoys met in Seoul.', 'They met on Friday, 7 April.')).toEqual([]);
});

test('figures two sentences agree on make their other figures of that kind about other things', () => {
  expect(findMismatches('Under a 2017 UN resolution, member states agreed to a December 2019 deadline.', 'Before the 2019 U.N. deadline passed, about 100,000 workers were abroad.')).toEqual([]);
  expect(findMismatches('The deadline was December 2019.', 'The deadline passed in 2019.')).toEqual([]);
  expect(findMismatches('The resolution dates from 2017.', 'The deadline passed in 2019.')).toEqual([{ kind: 'date', claim: '2017', other: 'in 2019' }]);
  expect(findMismatches('About 100,000 workers were abroad.', 'Some 50,000 workers were abroad.')).toEqual([{ kind: 'number', claim: '100,000', other: '50,000' }]);
});
