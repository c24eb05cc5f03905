import { db, type DbTransaction } from '@/lib/db';
import { busyWithOtherChanges, isRetryableConflict } from './retryable-conflict';

type TransactionOptions = Parameters<typeof db.$transaction>[1];

export const transactionAttempts = 4;

/**
 * For a transaction that stores a whole document: a report of 10,000 sentences writes them with
 * their search index entries, which takes seconds, past Prisma's default of 5 s for ordinary changes.
 */
export const bulkWriteOptions = { timeout: 120_000 } as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * db.$transaction, run again (up to 4 attempts in all, with a short random pause growing each
 * time) when Postgres aborts it as a serialization failure or a deadlock. `work` must touch
 * nothing but `tx`, as it may run more than once. If every attempt conflicts the caller gets a 503
 * to try again, never a 500.
 */
export async function runTransaction<T>(work: (tx: DbTransaction) => Promise<T>, options?: TransactionOptions): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, options);
    } catch (error) {
      if (!isRetryableConflict(error)) throw error;
      if (attempt >= transactionAttempts) throw busyWithOtherChanges();
      await pause(2 ** attempt * 5 * (0.5 + Math.random()));
    }
  }
}
