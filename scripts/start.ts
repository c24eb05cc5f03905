// npm start - applies migrations, seeds an empty database, and serves the app.
// With no DATABASE_URL it runs embedded Postgres (PGlite) from .data/ in this process and
// serves Next.js from a child process, which reaches the database over 127.0.0.1.
import './lib/load-env-file';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describeDatabaseUrl } from '@/lib/database/describe-database-url';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/database/embedded-postgres';
import { resolveSessionSecret } from '@/lib/auth/session-secret';
import { embeddedDataDir } from '@/lib/database/resolve-database-url';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { ensureBuild } from './lib/ensure-build';

const port = process.env.PORT ?? '3000';

async function openDatabase(): Promise<{ url: string; embedded?: EmbeddedPostgres }> {
  if (process.env.DATABASE_URL) {
    console.log(`Database: PostgreSQL server at ${describeDatabaseUrl(process.env.DATABASE_URL)} (from DATABASE_URL)`);
    return { url: process.env.DATABASE_URL };
  }
  const dataDir = embeddedDataDir();
  const embedded = await startEmbeddedPostgres(dataDir);
  const where = path.relative(process.cwd(), dataDir) || dataDir;
  console.log(`Database: embedded Postgres (PGlite), data in ${where}/pglite, served on ${describeDatabaseUrl(embedded.url)} (set DATABASE_URL to use your own server)`);
  return { url: embedded.url, embedded };
}

// As an application role (README: two database roles) nothing can be migrated: say what to do
// instead of the schema engine's backtrace.
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

async function prepareDatabase(url: string) {
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

async function main() {
  const secret = resolveSessionSecret({ embeddedDataDir: process.env.DATABASE_URL ? null : embeddedDataDir() });
  ensureBuild();
  const database = await openDatabase();
  await prepareDatabase(database.url);
  const server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/serve.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NODE_ENV: 'production',
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      ...(database.embedded ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '8' } : {}),
    },
  });
  const shutdown = (signal: NodeJS.Signals) => server.kill(signal);
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  server.on('exit', async (code, signal) => {
    await database.embedded?.stop();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
