// The database preparation `npm start`, `npm run dev` and `npm run db:prepare` share: open the
// chosen database (DATABASE_URL, or embedded Postgres in .data/), apply migrations, seed it.
import path from 'node:path';
import { describeDatabaseUrl } from '@/lib/database/describe-database-url';
import { embeddedWorkerPools, startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/database/embedded-postgres';
import { configuredDatabaseUrl, configuredPoolSize, embeddedDataDir, publicSiteUrl } from '@/lib/env';
import { applyMigrations } from '@/lib/migrations/apply-migrations';

export type OpenDatabase = { url: string; embedded?: EmbeddedPostgres };

/** DATABASE_URL when set; otherwise embedded Postgres (PGlite) opened in this process. */
export async function openDatabase(): Promise<OpenDatabase> {
  const configured = configuredDatabaseUrl();
  if (configured) {
    console.log(`Database: PostgreSQL server at ${describeDatabaseUrl(configured)} (from DATABASE_URL)`);
    return { url: configured };
  }
  const dataDir = embeddedDataDir();
  const embedded = await startEmbeddedPostgres(dataDir);
  const where = path.relative(process.cwd(), dataDir) || dataDir;
  console.log(`Database: embedded Postgres (PGlite), data in ${where}/pglite, served on ${describeDatabaseUrl(embedded.url)} (set DATABASE_URL to use your own server)`);
  return { url: embedded.url, embedded };
}

// As an application role (docs/operations.md: two database roles) nothing can be migrated: say
// what to do instead of the schema engine's backtrace.
async function migrate(url: string): Promise<string[]> {
  try {
    return await applyMigrations(url);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.includes('ERROR')) ?? String(error);
    throw new Error(
      `Could not apply migrations to ${describeDatabaseUrl(url)}: ${reason.trim()}\n` +
        'If the server connects as an application role, migrate as the owner first:\n' +
        '  DATABASE_URL=<owner url> npm run db:migrate && DATABASE_URL=<owner url> npm run db:grant-app-role -- <app role>',
      { cause: error },
    );
  }
}

/** Applies pending migrations and fills an empty database (printing the new admin's password once). */
export async function prepareDatabase(url: string): Promise<void> {
  const applied = await migrate(url);
  console.log(applied.length > 0 ? `Migrations applied: ${applied.join(', ')}` : 'Migrations: up to date');
  process.env.DATABASE_URL = url;
  // Imported only now: lib/env reads DATABASE_URL when first loaded.
  const { db } = await import('@/lib/db');
  const { seedDatabase } = await import('@/lib/seed/seed-database');
  const seeded = await seedDatabase();
  if (seeded.importedReports > 0) console.log(`Seeded ${seeded.importedReports} reports from data/reports.`);
  if (seeded.admin) {
    console.log('\n  Admin account created. This password is shown only once:');
    console.log(`    email:    ${seeded.admin.email}`);
    console.log(`    password: ${seeded.admin.password}`);
    console.log('  Sign in and change it at My account (/account).\n');
  }
  await db.$disconnect();
}

function embeddedPoolsEnvironment(requestedWorkers: number): Record<string, string> {
  const { workers, poolSize } = embeddedWorkerPools(requestedWorkers, configuredPoolSize());
  if (workers > 1) console.log(`Workers: ${workers}, with ${poolSize} connections each to the embedded database`);
  return { FACTCHECK_WORKERS: String(workers), DATABASE_POOL_SIZE: String(poolSize) };
}

/** The environment the Next.js server (of `workers` processes) needs on the prepared database. */
export function serverEnvironment(database: OpenDatabase, secret: string, port: string, workers = 1): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    ...(publicSiteUrl() ? {} : { NEXTAUTH_URL: `http://localhost:${port}` }),
    ...(database.embedded ? embeddedPoolsEnvironment(workers) : {}),
  };
}
