import { db } from '@/lib/db';

/**
 * Empties every table that holds reports or what hangs off them (stories and people stay), for
 * tests that restore or re-import content into an empty server. One list, so a new table that
 * references reports is added once.
 */
export async function emptyReportTables() {
  await db.$executeRawUnsafe(
    'TRUNCATE fact_links, evidence, final_verdicts, verdicts, claims, sentences, report_revisions, report_snapshots, assignments, review_completions, source_decisions, text_reuses, reports, search_terms',
  );
}
