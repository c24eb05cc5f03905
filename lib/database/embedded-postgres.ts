import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgres = { url: string; dataDir: string; stop(): Promise<void> };

type RunningState = { pid: number; url: string };

// Each pooled connection is a socket; the multiplexer runs one transaction at a time over them.
const maxConnections = 32;
// The server's share of them, split among its workers; the rest stay free for the commands that
// reach the database through the running server (npm run user, audit:verify).
const serverConnections = 24;
const defaultPoolSize = 8;

export type WorkerPools = { workers: number; poolSize: number };

/**
 * Workers and connections per worker that fit the embedded server's limit: DATABASE_POOL_SIZE
 * (8 unless set) per worker, fewer when the workers' pools together would pass it, and no more
 * workers than connections to go round. Each worker also keeps one connection for live updates
 * (lib/live, its LISTEN) while any page follows a report.
 */
export function embeddedWorkerPools(workers: number, requestedPoolSize: number | undefined): WorkerPools {
  const perWorker = (count: number) => Math.floor(serverConnections / count) - 1;
  const fitting = Math.min(workers, serverConnections / 2);
  return { workers: fitting, poolSize: Math.min(requestedPoolSize ?? defaultPoolSize, perWorker(fitting)) };
}

function stateFile(dataDir: string) {
  return path.join(dataDir, 'embedded-postgres.json');
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The embedded database another process of ours is serving from `dataDir`, if any. */
export function findRunningEmbeddedPostgres(dataDir: string): RunningState | null {
  const file = stateFile(dataDir);
  if (!existsSync(file)) return null;
  const state = JSON.parse(readFileSync(file, 'utf8')) as RunningState;
  return isProcessAlive(state.pid) ? state : null;
}

/**
 * Opens PGlite (Postgres compiled to WebAssembly) on `dataDir/pglite` and serves it on a free
 * 127.0.0.1 port, so the app and the migrations reach it through the same adapter-pg code as a
 * real server. Only one process may open a data folder: a second start is refused.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const running = findRunningEmbeddedPostgres(dataDir);
  if (running) {
    throw new Error(`The embedded database in ${dataDir} is already served by process ${running.pid}. Stop that server first, or set DATABASE_URL.`);
  }
  mkdirSync(dataDir, { recursive: true });
  // Extensions the migrations create must be loaded into PGlite up front.
  const pglite = await PGlite.create(path.join(dataDir, 'pglite'), { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  writeFileSync(stateFile(dataDir), JSON.stringify({ pid: process.pid, url } satisfies RunningState));
  let stopped = false;
  return {
    url,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await pglite.close();
      rmSync(stateFile(dataDir), { force: true });
    },
  };
}
