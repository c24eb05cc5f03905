// npm run dev - the development loop: prepares the same database as `npm start` (embedded
// Postgres in .data/ unless DATABASE_URL is set: migrations, seed, session secret), then runs
// `next dev` with hot reload on it. Ctrl-C stops the dev server and the embedded database.
import './lib/load-env-file';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolveSessionSecret } from '@/lib/auth/session-secret';
import { configuredDatabaseUrl, embeddedDataDir, readEdgeSettings } from '@/lib/env';
import { openDatabase, prepareDatabase, serverEnvironment } from './lib/prepare-database';

const port = String(readEdgeSettings().port);
// Not .next/: that is the production build `npm start` and the tests serve.
const devDistDir = '.next-dev';
// `next dev` points next-env.d.ts at the dev folder's route types; the typecheck expects .next/'s.
const nextEnvFile = 'next-env.d.ts';

async function main() {
  const secret = resolveSessionSecret({ embeddedDataDir: configuredDatabaseUrl() ? null : embeddedDataDir() });
  const database = await openDatabase();
  await prepareDatabase(database.url);
  const nextEnv = existsSync(nextEnvFile) ? readFileSync(nextEnvFile, 'utf8') : null;
  const { host } = readEdgeSettings();
  const hostArguments = host ? ['--hostname', host] : [];
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', port, ...hostArguments], {
    stdio: 'inherit',
    env: { ...serverEnvironment(database, secret, port), NODE_ENV: 'development', FACTCHECK_NEXT_DIST_DIR: devDistDir },
  });
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    stopping = true;
    server.kill(signal);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  server.on('exit', async (code) => {
    if (nextEnv !== null) writeFileSync(nextEnvFile, nextEnv);
    await database.embedded?.stop();
    process.exit(stopping ? 0 : (code ?? 1));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
