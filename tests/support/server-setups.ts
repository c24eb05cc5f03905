import { startAppServer, type AppServer } from '../../tooling/app-server';
import { startPgBouncer, type PgBouncer } from '../../tooling/pgbouncer';
import { childPids } from './server-workers';
import { waitUntil } from './wait-until';

/**
 * The ways the server is run in production that the fault tests hold to the same guarantees: one
 * process straight on Postgres, several worker processes on one port (FACTCHECK_WORKERS), and one
 * process through PgBouncer in transaction pooling mode.
 */
export type ServerSetup = { setup: string; workers: number; pgbouncer: boolean };

export const serverSetups: ServerSetup[] = [
  { setup: 'one process on Postgres', workers: 1, pgbouncer: false },
  { setup: 'two worker processes', workers: 2, pgbouncer: false },
  { setup: 'one process through PgBouncer', workers: 1, pgbouncer: true },
];

export type SetupDatabase = { databaseUrl: string; bouncer?: PgBouncer; stop: () => Promise<void> };

/**
 * The database URL the servers of `setup` use for the database of `directUrl`: through a PgBouncer
 * started here in front of that Postgres server, or `directUrl` itself. `stop` ends the PgBouncer.
 */
export async function setupDatabase(setup: ServerSetup, directUrl: string): Promise<SetupDatabase> {
  if (!setup.pgbouncer) return { databaseUrl: directUrl, stop: async () => {} };
  const bouncer = await startPgBouncer(directUrl);
  return { databaseUrl: bouncer.through(directUrl), bouncer, stop: () => bouncer.stop() };
}

/** Starts a server as `setup` runs it, and waits until each of its workers is up. */
export async function startSetupServer(setup: ServerSetup, options: Parameters<typeof startAppServer>[0]): Promise<AppServer> {
  const server = await startAppServer({ ...options, workers: setup.workers });
  if (setup.workers > 1) await waitUntil(`${setup.workers} workers`, () => childPids(server.child.pid ?? 0).length === setup.workers, 30_000);
  return server;
}

/** SIGKILL to the server and every worker it runs at the same moment, as a machine crash would. */
export async function crash(server: AppServer): Promise<void> {
  const workers = server.child.pid ? childPids(server.child.pid) : [];
  for (const pid of workers) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await server.kill();
}
