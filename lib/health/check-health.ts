import 'server-only';
import { replica } from '@/lib/database/replica';
import { db } from '@/lib/db';
import { findPendingMigrations } from '@/lib/migrations/pending-migrations';

/** `replica` only when DATABASE_REPLICA_URL is set: a replica out of use is not an error, reads go to the primary. */
export type Health = { status: 'ok' | 'error'; database: string; migrations: string; replica?: string };

const timeoutMs = 3_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs)),
  ]);
}

/** Whether the replica serves the reads that can lag, and if not why. */
async function replicaHealth(): Promise<Pick<Health, 'replica'>> {
  if (!replica) return {};
  const state = await replica.status.current();
  return { replica: state.isUsable ? 'serving the reads that can lag' : `not in use, its reads go to the primary: ${state.problem ?? 'unknown'}` };
}

/** Whether the database answers and has every migration this build ships, and how the replica is. */
export async function checkHealth(): Promise<Health> {
  const [health, replicaState] = await Promise.all([databaseHealth(), replicaHealth()]);
  return { ...health, ...replicaState };
}

async function databaseHealth(): Promise<Health> {
  try {
    await withTimeout(db.$queryRaw`SELECT 1`);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
    return { status: 'error', database: `unreachable: ${reason}`, migrations: 'unknown' };
  }
  try {
    const pending = await withTimeout(findPendingMigrations(db));
    if (pending.length > 0) return { status: 'error', database: 'ok', migrations: `pending: ${pending.join(', ')}` };
    return { status: 'ok', database: 'ok', migrations: 'up-to-date' };
  } catch {
    return { status: 'error', database: 'ok', migrations: 'not applied: run npm run db:migrate' };
  }
}
