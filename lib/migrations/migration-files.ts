import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import type { SchemaFile } from './schema-engine';

export const migrationsDir = path.join(process.cwd(), 'prisma', 'migrations');
export const schemaPath = path.join(process.cwd(), 'prisma', 'schema.prisma');

export function readSchemaFile(): SchemaFile {
  return { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
}

/** Migration folder names in the order Prisma applies them (lexical: they start with a timestamp). */
export function listMigrationNames(): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

/** The migrations folder in the shape the schema engine reads. */
export function readMigrationList(): MigrationList {
  const dir = migrationsDir;
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    shadowDbInitScript: '',
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    migrationDirectories: listMigrationNames().map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}
