// npm start - applies migrations, seeds an empty database, and serves the app.
// With no DATABASE_URL it runs embedded Postgres (PGlite) from .data/ in this process and
// serves Next.js from a child process (scripts/serve.ts, with its worker processes), which
// reaches the database over 127.0.0.1.
import './lib/load-env-file';
import { spawn } from 'node:child_process';
import { resolveSessionSecret } from '@/lib/auth/session-secret';
import { configuredDatabaseUrl, embeddedDataDir, readEdgeSettings, serverWorkerCount } from '@/lib/env';
import { ensureBuild } from '../tooling/ensure-build';
import { openDatabase, prepareDatabase, serverEnvironment } from './lib/prepare-database';

const port = String(readEdgeSettings().port);
const workers = serverWorkerCount();

async function main() {
  const secret = resolveSessionSecret({ embeddedDataDir: configuredDatabaseUrl() ? null : embeddedDataDir() });
  ensureBuild();
  const database = await openDatabase();
  await prepareDatabase(database.url);
  // Node with tsx's loader, not the tsx command: that would stand between this process and the
  // server, and it kills its child outright when the child is slow to take a signal, as this
  // process is while the embedded database runs a query. The IPC channel tells the server when
  // this process is gone.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...serverEnvironment(database, secret, port, workers), NODE_ENV: 'production' },
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
