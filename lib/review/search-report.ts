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
  const rows = await db.sentence.findMany({
    where: { reportId, orphanedAt: null, text: { contains: query, mode: 'insensitive' } },
    orderBy: { index: 'asc' },
    take: maxMatches + 1,
    select: { index: true },
  });
  return { indexes: rows.slice(0, maxMatches).map((row) => row.index), isTruncated: rows.length > maxMatches };
}
