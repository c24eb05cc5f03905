import 'server-only';
import type { DbTransaction } from '@/lib/db';

/**
 * Takes a report's sentences out of the search-term counts (and their number under ''), before
 * they are deleted: the opposite of recordSearchTerms. The rows are locked in lexeme order first,
 * as imports take them, so that a delete and an import at once do not deadlock; terms no sentence
 * uses any more are removed.
 */
export async function forgetSearchTerms(tx: DbTransaction, reportId: string): Promise<void> {
  const counts = await tx.$queryRaw<{ lexeme: string; sentences: number }[]>`
    SELECT lexeme, count(*)::int AS sentences FROM (
      SELECT unnest(tsvector_to_array(search_vector)) AS lexeme FROM sentences WHERE report_id = ${reportId}::uuid
      UNION ALL SELECT '' FROM sentences WHERE report_id = ${reportId}::uuid
    ) AS terms
    GROUP BY lexeme`;
  if (counts.length === 0) return;
  const lexemes = counts.map((term) => term.lexeme);
  await tx.$queryRaw`SELECT lexeme FROM search_terms WHERE lexeme = ANY (${lexemes}::text[]) ORDER BY lexeme FOR UPDATE`;
  await tx.$executeRaw`
    UPDATE search_terms AS t SET sentences = greatest(t.sentences - c.sentences, 0)
    FROM unnest(${lexemes}::text[], ${counts.map((term) => term.sentences)}::int[]) AS c(lexeme, sentences)
    WHERE t.lexeme = c.lexeme`;
  await tx.$executeRaw`DELETE FROM search_terms WHERE lexeme = ANY (${lexemes}::text[]) AND lexeme <> '' AND sentences = 0`;
}
