import { expect, test } from 'vitest';
import { planReattachment } from '@/lib/reports/plan-reattachment';
import { reanchorClaim } from '@/lib/reports/reanchor-claim';
import { quoteAnchor } from '@/lib/segmentation/quote-anchor';

function anchored(body: string, texts: string[]) {
  let cursor = 0;
  return texts.map((text) => {
    const start = body.indexOf(text, cursor);
    cursor = start + text.length;
    return { ...quoteAnchor(body, start, cursor), text, start };
  });
}

test('a repeated sentence re-attaches to the occurrence whose context matches', () => {
  const before = 'Intro. Denied. Middle one. Denied. End.';
  const after = 'Intro. Denied. New middle. Middle one. Denied. End.';
  const plan = planReattachment(
    anchored(before, ['Intro.', 'Denied.', 'Middle one.', 'Denied.', 'End.']),
    anchored(after, ['Intro.', 'Denied.', 'New middle.', 'Middle one.', 'Denied.', 'End.']),
  );
  expect(plan.matches.map(({ oldIndex, newIndex, method }) => [oldIndex, newIndex, method])).toEqual([
    [0, 0, 'exact'],
    [1, 1, 'exact'],
    [2, 3, 'exact'],
    [3, 4, 'exact'],
    [4, 5, 'exact'],
  ]);
  expect(plan).toMatchObject({ orphaned: [], added: [2] });
});

test('a reworded sentence re-attaches fuzzily; an unrelated one is orphaned, never forced', () => {
  const plan = planReattachment(
    anchored('North Korea stole $1.2 billion in five years. The talks ended.', ['North Korea stole $1.2 billion in five years.', 'The talks ended.']),
    anchored('North Korea stole $1.7 billion in five years. Pyongyang fired a missile.', ['North Korea stole $1.7 billion in five years.', 'Pyongyang fired a missile.']),
  );
  expect(plan).toEqual({ matches: [{ oldIndex: 0, newIndex: 0, method: 'fuzzy' }], orphaned: [1], added: [1] });
});

test('a claim re-anchors to the exact quote nearest its old place, else to the most similar words', () => {
  expect(reanchorClaim('ban', 18, 'A ban here and a ban there, a ban.')).toEqual({ start: 17, end: 20, method: 'exact' });
  expect(reanchorClaim('extension of its trade ban', 4, 'Japan announced an extension of its trade embargo, today.')).toEqual({
    start: 19,
    end: 49,
    method: 'fuzzy',
  });
  expect(reanchorClaim('stolen cryptocurrency', 0, 'The envoys met in Seoul on Friday.')).toBeNull();
});
