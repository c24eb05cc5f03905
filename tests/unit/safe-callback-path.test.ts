import { test, expect } from 'vitest';
import { safeCallbackPath } from '@/components/auth/safe-callback-path';

test.each([
  [undefined, '/'],
  ['/reports/abc', '/reports/abc'],
  ['https://evil.example/', '/'],
  ['//evil.example/', '/'],
  ['/\\evil.example', '/'],
  ['javascript:alert(1)', '/'],
])('after sign-in, %s leads to %s', (callbackUrl, expected) => {
  expect(safeCallbackPath(callbackUrl)).toBe(expected);
});
