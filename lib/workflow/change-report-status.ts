import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canDecideAsEditor } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { settleAgreedClaims } from '@/lib/adjudication/settle-agreed-claims';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { reportStatusNames, ZChangeReportStatus, type ReportStatus } from '@/lib/validations/workflow';
import { assertNotArchived } from '@/lib/reports/assert-report-open';

// Where a report may go from each status. Leaving `approved` is reopening, which needs a reason.
const nextStatuses: Record<ReportStatus, readonly ReportStatus[]> = {
  in_review: ['in_adjudication'],
  in_adjudication: ['in_review', 'approved'],
  approved: ['in_review', 'in_adjudication'],
};

/**
 * Moves a report through in_review → in_adjudication → approved, or back. Approval needs every
 * claim in the adjudication queue settled; claims the reviewers agree on get that verdict as their
 * final one (basis "consensus"). An approved report is locked until reopened with a reason.
 */
export async function changeReportStatus({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId, status, reason } = parseInput(ZChangeReportStatus, input);
  assertAllowed(actor, canDecideAsEditor, 'change a report’s status');
  return runTransaction(async (tx) => {
    // The row lock waits for verdict saves in flight (they hold a share lock) and holds off new ones.
    const rows = await tx.$queryRaw<{ status: ReportStatus; adjudicateSingleVerdicts: boolean; archivedAt: Date | null }[]>`
      SELECT status::text AS status, adjudicate_single_verdicts AS "adjudicateSingleVerdicts", archived_at AS "archivedAt" FROM reports WHERE id = ${reportId}::uuid FOR UPDATE`;
    const report = rows[0];
    if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
    assertNotArchived(report);
    if (report.status === status) return { reportId, status };
    if (!nextStatuses[report.status].includes(status)) {
      throw new AppError('invalid', `A report that is ${reportStatusNames[report.status].toLowerCase()} cannot go to ${reportStatusNames[status].toLowerCase()}`, 'status');
    }
    const isReopening = report.status === 'approved';
    if (isReopening && !reason) throw new AppError('invalid', 'Give a reason for reopening an approved report', 'reason');
    if (status === 'approved') await settleAgreedClaims(tx, { actor, reportId, adjudicateSingleVerdicts: report.adjudicateSingleVerdicts });

    const changedAt = new Date();
    await tx.report.update({ where: { id: reportId }, data: { status, statusChangedAt: changedAt, statusChangedById: actor.id } });
    await writeAuditEvent(tx, {
      actor,
      action: isReopening ? 'report.reopened' : 'report.status_changed',
      entityType: 'report',
      entityId: reportId,
      reportId,
      before: { status: report.status },
      after: { status },
      reason: reason || null,
    });
    return { reportId, status, statusChangedAt: changedAt.toISOString() };
  });
}
