import { expect, test } from 'vitest';
import { db } from '@/lib/db';

// The terms sentences are matched by (search_vector_of, the generated search_vector column): what
// suggestions, the fact map and story proposals all share. The rules are general English, not one
// story's vocabulary.
async function termsOf(text: string): Promise<string[]> {
  const [row] = await db.$queryRaw<{ terms: string[] }[]>`SELECT tsvector_to_array(search_vector_of(${text})) AS terms`;
  return row?.terms ?? [];
}

test('spellings of one name are one term', async () => {
  for (const text of ['the U.S. envoy', 'the US envoy', 'the United States envoy']) expect(await termsOf(text)).toContain('usa');
  for (const text of ['a U.N. resolution', 'a UN resolution', 'a United Nations resolution']) expect(await termsOf(text)).toContain('un');
  expect(await termsOf('weapons programmes')).toEqual(await termsOf('weapons programs'));
});

test('a name of several capitalised words is one term, so people sharing a name do not share a term', async () => {
  expect(await termsOf('Sung Kim spoke')).toContain('sungkim');
  expect(await termsOf('Kim Gunn spoke')).toContain('kimgunn');
  const sungKim = await termsOf('Sung Kim, the US envoy, spoke');
  const kimGunn = await termsOf('Kim Gunn, the South Korean envoy, spoke');
  expect(sungKim.filter((term) => kimGunn.includes(term))).not.toContain('kim');
  expect(await termsOf('North Korea fired a missile')).toContain('northkorea');
  expect(await termsOf('South Korea protested')).not.toContain('northkorea');
  expect(await termsOf('The National Intelligence Service said')).toContain('nationalintelligenceservic');
});

test('a capitalised function word, weekday or month opening a sentence is not part of the name', async () => {
  const terms = await termsOf('In December, South Korea said. The North fired. On Friday Japan spoke.');
  expect(terms).toEqual(expect.arrayContaining(['decemb', 'southkorea', 'north', 'friday', 'japan']));
  expect(terms.some((term) => term.startsWith('indecemb') || term.startsWith('then') || term.startsWith('onfriday'))).toBe(false);
});

test('past forms of irregular verbs and irregular plurals are their word', async () => {
  expect(await termsOf('the envoys met')).toEqual(await termsOf('the envoys meet'));
  expect(await termsOf('hackers stole funds')).toEqual(await termsOf('hackers steal funds'));
  expect(await termsOf('funds were stolen')).toContain('steal');
  expect(await termsOf('women workers')).toEqual(await termsOf('woman workers'));
  // Forms that are also other words stay as they are: "won" is the Korean currency.
  expect(await termsOf('1.5 trillion won')).toContain('won');
  expect(await termsOf('1.5 trillion won')).not.toContain('win');
});

test('words that mean the same only in one story are not folded', async () => {
  expect(await termsOf('nuclear plant')).not.toContain('weapon');
  expect(await termsOf('they came back')).not.toContain('repatri');
  expect(await termsOf('officials said')).not.toContain('envoy');
  expect(await termsOf('the digital edition')).not.toContain('crypto');
});

test('a shared name is shown as the words that make it, however many', async () => {
  const { sharedWords } = await import('@/lib/review/shared-words');
  const claim = 'The National Intelligence Service said Sung Kim met officials.';
  const other = { text: 'Sung Kim was briefed by the National Intelligence Service on Friday.', sharedTerms: ['nationalintelligenceservic', 'sungkim'] };
  expect(await sharedWords(claim, [other])).toEqual([['National Intelligence Service', 'Sung Kim']]);
});
