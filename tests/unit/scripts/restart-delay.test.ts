import { expect, test } from 'vitest';
import { restartDelay } from '../../../scripts/lib/restart-delay';

test('a worker that dies soon after starting is replaced after a pause doubling up to 30 s; one that ran 10 s or more at once', () => {
  const delay = restartDelay();
  expect(delay.afterExit(60_000)).toBe(0);
  expect([1, 2, 3, 4, 5, 6, 7, 8].map(() => delay.afterExit(1_000))).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  expect(delay.afterExit(10_000)).toBe(0);
  expect(delay.afterExit(200)).toBe(500);
});
