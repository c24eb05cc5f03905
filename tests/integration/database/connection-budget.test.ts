import { expect, test } from 'vitest';
import { connectionBudgetWarning } from '@/lib/database/connection-budget';

const databaseUrl = () => process.env.DATABASE_URL ?? '';

test('workers × DATABASE_POOL_SIZE past what the database server accepts is warned of, naming both settings; what fits, and an unreachable database, say nothing', async () => {
  const budget = { databaseUrl: databaseUrl(), connectTimeoutMs: 3_000 };
  expect(await connectionBudgetWarning({ ...budget, workers: 2, poolSize: 10 })).toBeNull();
  const warning = await connectionBudgetWarning({ ...budget, workers: 100, poolSize: 100 });
  expect(warning).toMatch(/^Warning: 100 worker processes × \(DATABASE_POOL_SIZE 100 \+ 1 for live updates\) = 10100 connections, more than the \d+ the database server accepts/);
  expect(warning).toContain('lower FACTCHECK_WORKERS or DATABASE_POOL_SIZE, or raise max_connections');
  expect(await connectionBudgetWarning({ databaseUrl: 'postgresql://nobody@127.0.0.1:1/none', connectTimeoutMs: 500, workers: 100, poolSize: 100 })).toBeNull();
});
