import 'server-only';
import type { DbTransaction } from '@/lib/db';

/** Gives every current body sentence of a report its whole-sentence claim, where it has none yet. */
export async function createDefaultClaims(tx: DbTransaction, reportId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO claims (id, report_id, sentence_id, revision, start, "end", text, prefix, suffix, is_default, updated_at)
    SELECT gen_random_uuid(), s.report_id, s.id, s.revision, s.start, s."end", s.text, s.prefix, s.suffix, true, now()
    FROM sentences s
    WHERE s.report_id = ${reportId}::uuid AND s.kind = 'body' AND s.orphaned_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.sentence_id = s.id AND c.is_default)`;
}
