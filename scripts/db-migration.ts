// npm run db:migration -- <name> - writes prisma/migrations/<timestamp>_<name>/migration.sql from
// the difference between schema.prisma and the existing migrations.
// The engine replays the migrations in a temporary shadow database that it creates and drops on
// DATABASE_URL's server, or on the local server at 127.0.0.1:5432. (Embedded PGlite cannot serve
// here: the engine cannot read its catalogue's "char" columns.)
import './lib/load-env-file';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeDatabaseUrl } from '@/lib/database/describe-database-url';
import { diffMigrationsToSchema } from '@/lib/migrations/apply-migrations';
import { migrationsDir } from '@/lib/migrations/migration-files';

function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('Usage: npm run db:migration -- <name>   (name: lower-case letters, digits and underscores)');
    process.exit(2);
  }
  const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  console.log(`Shadow database on ${describeDatabaseUrl(serverUrl)}`);
  const sql = await diffMigrationsToSchema(serverUrl);
  if (sql === '') {
    console.log('schema.prisma and the migrations agree: no migration written.');
    return;
  }
  const dir = path.join(migrationsDir, `${migrationTimestamp(new Date())}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
  writeFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
