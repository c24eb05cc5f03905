// The server `npm start` runs (as a child process, on the database it prepared): Next behind a
// plain HTTP server with the edge gate (lib/next-server.ts), in FACTCHECK_WORKERS processes on
// one port, or in this process alone when that is 1.
import cluster from 'node:cluster';
import { readEdgeSettings, serverWorkerCount } from '@/lib/env';
import { runClusterPrimary } from './lib/cluster-primary';
import { warnIfPoolsExceedDatabase } from './lib/connection-budget';
import { serveNext } from './lib/next-server';

async function main() {
  const settings = readEdgeSettings();
  const workers = serverWorkerCount();
  if (cluster.isWorker) return serveNext(settings, { announce: false });
  void warnIfPoolsExceedDatabase(workers);
  if (workers === 1) return serveNext(settings, { announce: true });
  runClusterPrimary(workers, settings);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
