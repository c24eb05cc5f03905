import 'server-only';
import type { DbTransaction } from '@/lib/db';

/**
 * Counts the search terms of newly stored sentences into search_terms (and their number under
 * ''), which weights shared terms when ranking suggestions. Rows are taken in lexeme order so that
 * two imports at once lock them in the same order.
 */
export async function recordSearchTerms(tx: DbTransaction, texts: string[]): Promise<void> {
  if (texts.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO search_terms (lexeme, sentences)
    SELECT lexeme, count(*)::int FROM (
      SELECT unnest(tsvector_to_array(search_vector_of(t))) AS lexeme FROM unnest(${texts}::text[]) AS t
      UNION ALL SELECT '' FROM unnest(${texts}::text[])
    ) AS terms
    GROUP BY lexeme ORDER BY lexeme
    ON CONFLICT (lexeme) DO UPDATE SET sentences = search_terms.sentences + excluded.sentences`;
}
