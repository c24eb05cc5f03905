import cluster, { type Worker } from 'node:cluster';
import type { EdgeSettings } from '@/lib/env';
import { shutdownDeadlineMs } from './graceful-close';
import { restartDelay } from './restart-delay';

/**
 * Forks `workers` servers on one port (this process accepts the connections and hands them to the
 * workers in turn), replaces a worker that dies, and on SIGTERM or SIGINT has every worker finish
 * its requests in flight, exiting once all have: 0 when each stopped cleanly.
 */
export function runClusterPrimary(workers: number, settings: EdgeSettings): void {
  const startedAt = new Map<Worker, number>();
  const pendingRestarts = new Set<NodeJS.Timeout>();
  const delay = restartDelay();
  let listening = 0;
  let isReady = false;
  let isStopping = false;
  let exitCode = 0;

  const fork = () => startedAt.set(cluster.fork(), Date.now());

  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    for (const timer of pendingRestarts) clearTimeout(timer);
    if (startedAt.size === 0) process.exit(exitCode);
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
    // Each worker keeps its own deadline; this one is for a worker too stuck to keep it.
    setTimeout(() => {
      for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
      process.exit(1);
    }, shutdownDeadlineMs + 5_000).unref();
  };

  cluster.on('listening', () => {
    listening += 1;
    if (isReady || listening < workers) return;
    isReady = true;
    console.log(`Ready on http://${settings.host ?? 'localhost'}:${settings.port} (${workers} worker processes)`);
  });

  cluster.on('exit', (worker, code, signal) => {
    const ranForMs = Date.now() - (startedAt.get(worker) ?? Date.now());
    startedAt.delete(worker);
    const isClean = code === 0 || signal === 'SIGTERM';
    if (isStopping) {
      if (!isClean) exitCode = 1;
      if (startedAt.size === 0) process.exit(exitCode);
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    // A worker that cannot start (a setting, the build) would fail the same way again.
    if (!isReady) {
      console.error(`A worker exited (${how}) before the server was ready: stopping`);
      exitCode = 1;
      return stop();
    }
    const pause = delay.afterExit(ranForMs);
    console.error(`Worker ${worker.process.pid} exited (${how}): starting another${pause > 0 ? ` in ${pause} ms` : ''}`);
    const timer = setTimeout(() => {
      pendingRestarts.delete(timer);
      fork();
    }, pause);
    pendingRestarts.add(timer);
  });

  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let index = 0; index < workers; index += 1) fork();
}
