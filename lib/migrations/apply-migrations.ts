import { readMigrationList, readSchemaFile } from './migration-files';
import { openSchemaEngine } from './schema-engine';

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Applies pending migrations from prisma/migrations, with the same `_prisma_migrations`
 * bookkeeping as `prisma migrate deploy`. Returns the names it applied (none when up to date).
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const engine = await openSchemaEngine(databaseUrl, readSchemaFile());
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationList(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that would bring the migrations up to schema.prisma; empty when they agree.
 * The engine replays the migrations on a temporary shadow database of the server at `databaseUrl`.
 */
export async function diffMigrationsToSchema(databaseUrl: string): Promise<string> {
  const schema = readSchemaFile();
  const engine = await openSchemaEngine(databaseUrl, schema);
  try {
    const list = readMigrationList();
    const from = list.migrationDirectories.length > 0 ? { tag: 'migrations' as const, ...list } : { tag: 'empty' as const };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return normalizeDiffScript(result.stdout ?? '');
  } finally {
    engine.free();
  }
}

function normalizeDiffScript(script: string): string {
  const trimmed = script.trim();
  return trimmed === '-- This is an empty migration.' ? '' : trimmed;
}
