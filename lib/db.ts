import { PrismaPg } from '@prisma/adapter-pg';
import { serverEnv } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';

// The one Prisma client. Cached on globalThis outside production so hot reload keeps one pool.
function createPrismaClient() {
  const settings = serverEnv();
  const adapter = new PrismaPg({
    connectionString: settings.DATABASE_URL,
    max: settings.DATABASE_POOL_SIZE,
    // node-postgres waits for a free connection forever by default: give up and answer 503 instead.
    connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT_MS,
    // So pg_stat_activity tells which process (which server worker) holds a connection.
    application_name: `factcheck-review pid ${process.pid}`,
  });
  // A transaction waits for a connection as long as a query does (Prisma's own default is 2 s),
  // so a burst of saves on a busy machine queues for the pool instead of failing early with a 503.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: settings.DATABASE_CONNECT_TIMEOUT_MS } });
}

const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createPrismaClient> };

export const db = globalForDb.db ?? createPrismaClient();

if (serverEnv().NODE_ENV !== 'production') globalForDb.db = db;

export type Db = typeof db;
export type DbTransaction = Parameters<Parameters<Db['$transaction']>[0]>[0];
