import { PrismaPg } from '@prisma/adapter-pg';
import { createConnectionPool, dbPool } from '@/lib/db';
import { serverEnv } from '@/lib/env';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { replicaFirstAdapter } from './replica-first-adapter';
import { ReplicaStatus } from './replica-status';

// The replica's Prisma client, when DATABASE_REPLICA_URL is set, with what is known of its lag
// (lib/database/lag-tolerant-reads.ts chooses between it and the primary's).
function createReplica() {
  const settings = serverEnv();
  if (!settings.DATABASE_REPLICA_URL) return null;
  // A replica that does not answer costs a read at most a second before the primary takes it.
  const pool = createConnectionPool(settings.DATABASE_REPLICA_URL, Math.min(settings.DATABASE_CONNECT_TIMEOUT_MS, 1_000));
  const status = new ReplicaStatus(dbPool, pool, { maxLagMs: settings.DATABASE_REPLICA_MAX_LAG_MS, freshForMs: 1_000 });
  const adapter = replicaFirstAdapter(new PrismaPg(pool, { disposeExternalPool: true }), new PrismaPg(dbPool), () => status.markUnusable());
  return { db: new PrismaClient({ adapter }), status };
}

const globalForReplica = globalThis as unknown as { replica?: ReturnType<typeof createReplica> };

export const replica = globalForReplica.replica === undefined ? createReplica() : globalForReplica.replica;

if (serverEnv().NODE_ENV !== 'production') globalForReplica.replica = replica;
