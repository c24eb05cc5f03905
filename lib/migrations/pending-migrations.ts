import 'server-only';
import type { Db } from '@/lib/db';
import { listMigrationNames } from './migration-files';

// The migrations folder does not change while a server runs.
let shippedMigrations: string[] | undefined;

/** Migrations in prisma/migrations that the database has not finished applying. */
export async function findPendingMigrations(db: Db): Promise<string[]> {
  shippedMigrations ??= listMigrationNames();
  const applied = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const appliedNames = new Set(applied.map((row) => row.migration_name));
  return shippedMigrations.filter((name) => !appliedNames.has(name));
}
