import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { serverEnv } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** A node-postgres pool of DATABASE_POOL_SIZE connections, for the primary here and for the replica (lib/database/replica.ts). */
export function createConnectionPool(connectionString: string, connectionTimeoutMillis: number) {
  // application_name: so pg_stat_activity tells which process (which server worker) holds a connection.
  const pool = new pg.Pool({ connectionString, max: serverEnv().DATABASE_POOL_SIZE, connectionTimeoutMillis, application_name: `factcheck-review pid ${process.pid}` });
  // An idle connection the server drops (a restart) is removed by the pool; unheard, its error would end the process.
  pool.on('error', () => {});
  return pool;
}

// The one Prisma client of the primary, on a pool of its own that reads falling back from the
// replica share. Cached on globalThis outside production so hot reload keeps one pool.
function createPrismaClient() {
  const settings = serverEnv();
  // node-postgres waits for a free connection forever by default: give up and answer 503 instead.
  const pool = createConnectionPool(settings.DATABASE_URL, settings.DATABASE_CONNECT_TIMEOUT_MS);
  // A transaction waits for a connection as long as a query does (Prisma's own default is 2 s),
  // so a burst of saves on a busy machine queues for the pool instead of failing early with a 503.
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), transactionOptions: { maxWait: settings.DATABASE_CONNECT_TIMEOUT_MS } });
  return { client, pool };
}

const globalForDb = globalThis as unknown as { primary?: ReturnType<typeof createPrismaClient> };

const primary = globalForDb.primary ?? createPrismaClient();

if (serverEnv().NODE_ENV !== 'production') globalForDb.primary = primary;

export const db = primary.client;
export const dbPool = primary.pool;

export type Db = typeof db;
export type DbTransaction = Parameters<Parameters<Db['$transaction']>[0]>[0];
