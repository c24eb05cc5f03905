// npm run db:migrate - applies pending migrations to DATABASE_URL (npm start does this itself).
import './lib/load-env-file';
import { describeDatabaseUrl } from '@/lib/database/describe-database-url';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { configuredDatabaseUrl } from '@/lib/env';

async function main() {
  const url = configuredDatabaseUrl();
  if (!url) {
    console.error('DATABASE_URL is not set. (npm start migrates the embedded database by itself.)');
    process.exit(2);
  }
  const applied = await applyMigrations(url);
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} migration(s) to ${describeDatabaseUrl(url)}: ${applied.join(', ')}`
      : `${describeDatabaseUrl(url)} is up to date.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
