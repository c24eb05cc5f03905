import type { DbTransaction } from '@/lib/db';
import { barrier } from './barrier';

type RunTransaction = (work: (tx: DbTransaction) => Promise<void>) => Promise<void>;

/**
 * Two transactions updating rows 1 and 2 of `retry_probe` in opposite orders, each holding its
 * first row until the other holds its own: a real deadlock (40P01), which Postgres breaks by
 * aborting one. Returns how many times the transactions' work ran in all.
 */
export async function deadlockTwoTransactions(runTransaction: RunTransaction): Promise<number> {
  const bothHoldTheirFirstRow = barrier(2);
  let runs = 0;
  const lockInOrder = (first: number, second: number) =>
    runTransaction(async (tx) => {
      runs += 1;
      await tx.$executeRaw`UPDATE retry_probe SET n = n + 1 WHERE id = ${first}`;
      if (runs <= 2) await bothHoldTheirFirstRow();
      await tx.$executeRaw`UPDATE retry_probe SET n = n + 1 WHERE id = ${second}`;
    });
  await Promise.all([lockInOrder(1, 2), lockInOrder(2, 1)]);
  return runs;
}
