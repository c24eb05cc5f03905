import os from 'node:os';
import { expect, test } from 'vitest';
import { embeddedWorkerPools } from '@/lib/database/embedded-postgres';
import { configuredPoolSize, serverWorkerCount } from '@/lib/env';

test('FACTCHECK_WORKERS is one worker per core unless set, and refuses anything but a whole number of 1 or more, naming the setting', () => {
  expect(serverWorkerCount({})).toBe(os.availableParallelism());
  expect(serverWorkerCount({ FACTCHECK_WORKERS: '' })).toBe(os.availableParallelism());
  expect(serverWorkerCount({ FACTCHECK_WORKERS: ' 3 ' })).toBe(3);
  for (const wrong of ['0', '-1', '1.5', 'many']) {
    expect(() => serverWorkerCount({ FACTCHECK_WORKERS: wrong })).toThrow(/FACTCHECK_WORKERS must be a whole number of server processes, 1 or more/);
  }
});

test('DATABASE_POOL_SIZE is read only when set, from 1 to 100', () => {
  expect(configuredPoolSize({})).toBeUndefined();
  expect(configuredPoolSize({ DATABASE_POOL_SIZE: '12' })).toBe(12);
  expect(() => configuredPoolSize({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE must be a whole number from 1 to 100/);
});

test('the embedded database splits its 24 server connections among the workers, each pool and its live-updates connection, never more in all', () => {
  expect(embeddedWorkerPools(1, undefined)).toEqual({ workers: 1, poolSize: 8 });
  expect(embeddedWorkerPools(2, undefined)).toEqual({ workers: 2, poolSize: 8 });
  expect(embeddedWorkerPools(4, undefined)).toEqual({ workers: 4, poolSize: 5 });
  expect(embeddedWorkerPools(2, 20)).toEqual({ workers: 2, poolSize: 11 });
  expect(embeddedWorkerPools(64, undefined)).toEqual({ workers: 12, poolSize: 1 });
  for (const workers of [1, 3, 5, 7, 16, 25, 100]) {
    const pools = embeddedWorkerPools(workers, 100);
    expect(pools.workers * (pools.poolSize + 1)).toBeLessThanOrEqual(24);
  }
});
