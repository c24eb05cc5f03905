import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';

export type ReportWorkflow = { status: 'in_review' | 'in_adjudication' | 'approved'; blindReview: boolean; adjudicateSingleVerdicts: boolean };

/**
 * Reads a report's workflow state under a share lock, so a status change (which takes the row
 * lock) waits for changes in flight and none slips in after approval. Refuses changes to an
 * approved report.
 */
export async function assertReportOpen(tx: DbTransaction, reportId: string): Promise<ReportWorkflow> {
  const rows = await tx.$queryRaw<ReportWorkflow[]>`
    SELECT status::text AS status, blind_review AS "blindReview", adjudicate_single_verdicts AS "adjudicateSingleVerdicts"
    FROM reports WHERE id = ${reportId}::uuid FOR SHARE`;
  const report = rows[0];
  if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
  if (report.status === 'approved') throw reportLocked();
  return report;
}

export function reportLocked(): AppError {
  return new AppError('locked', 'This report is approved and locked: nothing in it can change until an editor reopens it.');
}
