import { test, expect } from 'vitest';
import { db } from '@/lib/db';
import { checkHealth } from '@/lib/health/check-health';
import { listMigrationNames } from '@/lib/migrations/migration-files';

test('reports ok when the database answers and every migration is applied', async () => {
  expect(await checkHealth()).toEqual({ status: 'ok', database: 'ok', migrations: 'up-to-date' });
});

test('names the migrations the database has not applied', async () => {
  const latest = listMigrationNames().at(-1);
  await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${latest}`;
  try {
    expect(await checkHealth()).toEqual({ status: 'error', database: 'ok', migrations: `pending: ${latest}` });
  } finally {
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${latest}`;
  }
});
