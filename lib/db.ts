import { PrismaPg } from '@prisma/adapter-pg';
import { env } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';

// The one Prisma client. Cached on globalThis outside production so hot reload keeps one pool.
function createPrismaClient() {
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    // node-postgres waits for a free connection forever by default: give up and answer 503 instead.
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createPrismaClient> };

export const db = globalForDb.db ?? createPrismaClient();

if (env.NODE_ENV !== 'production') globalForDb.db = db;

export type Db = typeof db;
export type DbTransaction = Parameters<Parameters<Db['$transaction']>[0]>[0];
