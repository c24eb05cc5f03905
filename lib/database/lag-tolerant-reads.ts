import type { Actor } from '@/lib/actor';
import { db, type Db } from '@/lib/db';
import { replica } from './replica';

/**
 * The sequence of the reader's latest audit event: every change writes one in the change's own
 * transaction, so a replica that has replayed it holds the change and every one before it.
 */
async function latestEventBy(userId: string): Promise<bigint> {
  const latest = await db.auditEvent.findFirst({ where: { actorId: userId }, orderBy: [{ createdAt: 'desc' }, { sequence: 'desc' }], select: { sequence: true } });
  return latest?.sequence ?? 0n;
}

/**
 * The client for reads that can take a few seconds of lag (the audit history, exports, the
 * dashboard, agreement, the fact map): the replica when one is set, lags no more than
 * DATABASE_REPLICA_MAX_LAG_MS and has replayed everything the reader changed (and audit event
 * `through`, when the read must reach it); otherwise the primary. The command line reads the primary.
 */
export async function lagTolerantReads(actor: Actor, { through = 0n }: { through?: bigint } = {}): Promise<Db> {
  if (!replica || actor.kind !== 'user') return db;
  const ownLatest = await latestEventBy(actor.id);
  return (await replica.status.holds(ownLatest > through ? ownLatest : through)) ? replica.db : db;
}
