import { describe, expect, test } from 'vitest';
import { isRetryableConflict } from '@/lib/database/retryable-conflict';

const withCode = (code: string, extra: object = {}) => Object.assign(new Error('failed'), { code, ...extra });

describe('isRetryableConflict', () => {
  test.each([
    ['a model query that lost a race (Prisma P2034)', withCode('P2034')],
    ['a node-postgres serialization failure', withCode('40001')],
    ['a node-postgres deadlock', withCode('40P01')],
    ['a raw query whose driver error says 40P01', withCode('P2010', { meta: { driverAdapterError: { cause: { originalCode: '40P01' } } } })],
    ['a wrapped error whose cause is a serialization failure', new Error('outer', { cause: withCode('40001') })],
  ])('retries %s', (_, error) => {
    expect(isRetryableConflict(error)).toBe(true);
  });

  test.each([
    ['a unique violation', withCode('P2002')],
    ['a raw query that failed otherwise', withCode('P2010', { meta: { driverAdapterError: { cause: { originalCode: '23505' } } } })],
    ['a lock timeout (55P03), which would only wait again', withCode('55P03')],
    ['a plain error', new Error('boom')],
    ['something that is not an error', '40001'],
  ])('does not retry %s', (_, error) => {
    expect(isRetryableConflict(error)).toBe(false);
  });

  test('an error that is its own cause does not loop', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(isRetryableConflict(error)).toBe(false);
  });
});
