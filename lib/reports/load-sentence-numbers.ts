import 'server-only';
import { db, type DbTransaction } from '@/lib/db';

/**
 * Each sentence's number as the review workspace shows it ("sentence N": its place among its
 * report's current sentences for review), by id, counted on the (report, index) index in one
 * query. Lines not for review and sentences a revision removed have none.
 */
export async function loadSentenceNumbers(sentenceIds: string[], client: DbTransaction | typeof db = db): Promise<Map<string, number>> {
  const ids = [...new Set(sentenceIds)];
  if (ids.length === 0) return new Map();
  const rows = await client.$queryRaw<{ id: string; number: number }[]>`
    SELECT s.id::text AS id,
      (SELECT count(*)::int FROM sentences AS t WHERE t.report_id = s.report_id AND t.orphaned_at IS NULL AND t.kind = 'body' AND t.index <= s.index) AS number
    FROM sentences AS s
    WHERE s.id = ANY(${ids}::uuid[]) AND s.kind = 'body' AND s.orphaned_at IS NULL`;
  return new Map(rows.map((row) => [row.id, row.number]));
}
