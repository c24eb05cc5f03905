import 'server-only';
import type { DbTransaction } from '@/lib/db';

/** How many of a report's sentences for review have no verdict from the reviewer on any of their current claims. */
export async function countUnreviewedSentences(tx: DbTransaction, reportId: string, reviewerId: string): Promise<number> {
  return tx.sentence.count({
    where: {
      reportId,
      kind: 'body',
      orphanedAt: null,
      claims: { none: { removedAt: null, orphanedAt: null, verdicts: { some: { reviewerId } } } },
    },
  });
}
