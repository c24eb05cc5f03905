import { inject, test, expect, afterAll } from 'vitest';
import pg from 'pg';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { listMigrationNames } from '@/lib/migrations/migration-files';
import { createDatabase, dropDatabase } from '../../../tooling/test-database';

const name = `${inject('runPrefix')}_empty`;
afterAll(() => dropDatabase(inject('serverUrl'), name));

test('migrates an empty database, records each migration like prisma migrate deploy, and applies nothing the second time', async () => {
  const url = await createDatabase(inject('serverUrl'), name);

  const first = await applyMigrations(url);
  expect(first).toEqual(listMigrationNames());
  expect(first.length).toBeGreaterThan(0);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    expect(tables.rows.map((row) => row.tablename)).toEqual(
      expect.arrayContaining(['_prisma_migrations', 'users', 'reports', 'api_tokens', 'audit_events']),
    );
    const recorded = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    );
    expect(recorded.rows.map((row) => row.migration_name)).toEqual(first);
    expect(recorded.rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
  } finally {
    await client.end();
  }

  expect(await applyMigrations(url)).toEqual([]);
});
