// The server `npm start` runs (as a child process, on the database it prepared): Next behind a
// plain HTTP server with the edge gate (lib/next-server.ts), in FACTCHECK_WORKERS processes on
// one port, or in this process alone when that is 1.
import cluster from 'node:cluster';
import { connectionBudgetWarning } from '@/lib/database/connection-budget';
import { readEdgeSettings, serverEnv, serverWorkerCount } from '@/lib/env';
import { runClusterPrimary } from './lib/cluster-primary';
import { serveNext } from './lib/next-server';

async function warnIfPoolsExceedDatabase(workers: number) {
  const { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: poolSize, DATABASE_CONNECT_TIMEOUT_MS: connectTimeoutMs } = serverEnv();
  const warning = await connectionBudgetWarning({ databaseUrl, workers, poolSize, connectTimeoutMs });
  if (warning) console.warn(warning);
}

async function main() {
  const settings = readEdgeSettings();
  const workers = serverWorkerCount();
  if (cluster.isWorker) return serveNext(settings, { announce: false });
  // Started by npm start, whose end (even a SIGKILL) closes this channel: stop, as on SIGTERM,
  // rather than serve on alone without the embedded database.
  if (process.connected) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  // Checked alongside the start, not before it: an unreachable database must not delay it.
  warnIfPoolsExceedDatabase(workers).catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
  if (workers === 1) return serveNext(settings, { announce: true });
  runClusterPrimary(workers, settings);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
