import 'server-only';
import { db } from '@/lib/db';
import { findPendingMigrations } from '@/lib/migrations/pending-migrations';

export type Health = { status: 'ok' | 'error'; database: string; migrations: string };

const timeoutMs = 3_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs)),
  ]);
}

/** Whether the database answers and has every migration this build ships. */
export async function checkHealth(): Promise<Health> {
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
