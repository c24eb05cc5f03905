import { expect, test } from 'vitest';
import { decideLinks } from '@/lib/facts/decide-links';
import { factId, groupFacts } from '@/lib/facts/group-facts';

const link = (claimId: string, otherClaimId: string) => ({ claimId, otherClaimId });

test('a fact is a group of statements all linked to each other; a statement linked to two unlinked ones is in two facts', () => {
  expect(groupFacts(['a', 'b', 'c', 'd'], [link('a', 'b'), link('b', 'c'), link('a', 'c')])).toEqual([['a', 'b', 'c'], ['d']]);
  expect(groupFacts(['a', 'b', 'c'], [link('a', 'b'), link('b', 'c')])).toEqual([['a', 'b'], ['b', 'c']]);
  expect(groupFacts(['a', 'b'], [])).toEqual([['a'], ['b']]);
});

test('a fact keeps its id whatever order its statements come in', () => {
  expect(factId(['x', 'y'])).toBe(factId(['y', 'x']));
  expect(factId(['x', 'y'])).not.toBe(factId(['x', 'z']));
});

test('links: the best match in the other report above the link score, any pair above the sure score; corrections win', () => {
  const reportOf = new Map([['a', 'r1'], ['b', 'r2'], ['c', 'r2'], ['d', 'r3']]);
  const pair = (claimId: string, otherClaimId: string, score: number) => ({ claimId, otherClaimId, score, sharedTerms: [], coverage: score, otherCoverage: score });
  const thresholds = { weakScore: 0.1, linkScore: 0.2, sureScore: 0.3 };
  const pairs = [pair('a', 'b', 0.25), pair('a', 'c', 0.22), pair('a', 'd', 0.12)];
  const computed = decideLinks(pairs, reportOf, [], thresholds);
  expect(computed.links.map((found) => found.otherClaimId)).toEqual(['b', 'c']);
  expect(computed.weak.map((found) => found.otherClaimId)).toEqual(['d']);
  // c is a's second best in r2 but a is c's best in r1: a link. Corrections: a–b not, a–d yes.
  const corrected = decideLinks(pairs, reportOf, [{ claimId: 'b', otherClaimId: 'a', sameFact: false }, { claimId: 'a', otherClaimId: 'd', sameFact: true }], thresholds);
  expect(corrected.links.map((found) => [found.otherClaimId, found.by])).toEqual([['c', 'computed'], ['d', 'reviewer']]);
});

test('a weak pair is a link when both its statements are linked to one statement of a third report', () => {
  const reportOf = new Map([['a', 'r1'], ['b', 'r2'], ['c', 'r3'], ['d', 'r3']]);
  const pair = (claimId: string, otherClaimId: string, score: number) => ({ claimId, otherClaimId, score, sharedTerms: [], coverage: score, otherCoverage: score });
  const thresholds = { weakScore: 0.1, linkScore: 0.2, sureScore: 0.3 };
  const { links, weak } = decideLinks([pair('a', 'b', 0.35), pair('b', 'c', 0.35), pair('a', 'c', 0.12), pair('a', 'd', 0.12)], reportOf, [], thresholds);
  expect(links.map((link) => `${link.claimId}-${link.otherClaimId}`)).toEqual(['a-b', 'b-c', 'a-c']);
  expect(weak.map((link) => `${link.claimId}-${link.otherClaimId}`)).toEqual(['a-d']);
});
