import { readMigrationList, readSchemaFile } from './migration-files';
import { withSchemaEngine, type SchemaFile } from './schema-engine';

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Applies pending migrations from prisma/migrations, with the same `_prisma_migrations`
 * bookkeeping as `prisma migrate deploy`. Returns the names it applied (none when up to date).
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  return withSchemaEngine(databaseUrl, readSchemaFile(), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrationList(), filters: noFilters });
    return appliedMigrationNames;
  });
}

/**
 * SQL that would bring the migrations up to schema.prisma; empty when they agree.
 * The engine replays the migrations on a temporary shadow database of the server at `databaseUrl`.
 */
export async function diffMigrationsToSchema(databaseUrl: string, schema: SchemaFile = readSchemaFile()): Promise<string> {
  return withSchemaEngine(databaseUrl, schema, async (engine) => {
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
  });
}

function normalizeDiffScript(script: string): string {
  const trimmed = script.trim();
  return trimmed === '-- This is an empty migration.' ? '' : trimmed;
}
