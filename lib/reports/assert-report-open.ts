import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';

export type ReportWorkflow = { status: 'in_review' | 'in_adjudication' | 'approved'; blindReview: boolean; adjudicateSingleVerdicts: boolean };
type LockedRow = ReportWorkflow & { archived: boolean };

/**
 * Reads a report's workflow state under a share lock, so a status change (which takes the row
 * lock) waits for changes in flight and none slips in after approval. Refuses changes to an
 * approved or archived report.
 */
export async function assertReportOpen(tx: DbTransaction, reportId: string): Promise<ReportWorkflow> {
  const rows = await tx.$queryRaw<LockedRow[]>`
    SELECT status::text AS status, blind_review AS "blindReview", adjudicate_single_verdicts AS "adjudicateSingleVerdicts",
      archived_at IS NOT NULL AS archived
    FROM reports WHERE id = ${reportId}::uuid FOR SHARE`;
  const [report] = rows;
  if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
  if (report.archived) throw reportArchived();
  if (report.status === 'approved') throw reportLocked();
  const { archived: _archived, ...workflow } = report;
  return workflow;
}

export function reportLocked(): AppError {
  return new AppError('locked', 'This report is approved and locked: nothing in it can change until an editor reopens it.');
}

export function reportArchived(): AppError {
  return new AppError('locked', 'This report is archived: nothing in it can change until an editor brings it back from the archive.');
}

/** Refuses changes to an archived report, for changes that take the report's row lock themselves. */
export function assertNotArchived(report: { archivedAt: Date | null }): void {
  if (report.archivedAt) throw reportArchived();
}
