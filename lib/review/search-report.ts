import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZSearchReport } from '@/lib/validations/review-workspace';

const maxMatches = 500;

/** The indexes of a report's current sentences that contain the words searched for (case-insensitive), in order; at most 500. */
export async function searchReport({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId, query } = parseInput(ZSearchReport, input);
  assertAllowed(actor, canReadReports, 'read reports');
  // The words as typed: % and _ match themselves, not any text (the trigram index serves ILIKE).
  const pattern = `%${query.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const rows = await db.$queryRaw<{ index: number }[]>`
    SELECT index FROM sentences
    WHERE report_id = ${reportId}::uuid AND orphaned_at IS NULL AND text ILIKE ${pattern} ESCAPE '\\'
    ORDER BY index LIMIT ${maxMatches + 1}`;
  return { indexes: rows.slice(0, maxMatches).map((row) => row.index), isTruncated: rows.length > maxMatches };
}
