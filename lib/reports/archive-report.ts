import 'server-only';
import { actorUserId, type Actor } from '@/lib/actor';
import { assertAllowed, canArchiveReports } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZArchiveReport } from '@/lib/validations/report';

/**
 * Archives a report (editors and admins), or brings it back: an archived report is left out of
 * the lists, the dashboard, assignments, comparisons and evidence suggestions, and nothing in it
 * can change; it still opens by its address and stays in exports and the audit history. The way
 * to put away a report that has verdicts, which cannot be deleted. Audited with the reason.
 */
export async function archiveReport({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canArchiveReports, 'archive reports');
  const { reportId, archived, reason } = parseInput(ZArchiveReport, input);
  return runTransaction(async (tx) => {
    // The row lock waits for changes in flight (they hold a share lock through assertReportOpen).
    const [report] = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
      SELECT archived_at AS "archivedAt" FROM reports WHERE id = ${reportId}::uuid FOR UPDATE`;
    if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
    if (Boolean(report.archivedAt) === archived) {
      throw new AppError('conflict', archived ? 'This report is already archived.' : 'This report is not archived.', 'archived');
    }
    const archivedAt = archived ? new Date() : null;
    await tx.report.update({
      where: { id: reportId },
      data: { archivedAt, archivedById: archived ? actorUserId(actor) : null },
      select: { id: true },
    });
    await writeAuditEvent(tx, {
      actor,
      action: archived ? 'report.archived' : 'report.unarchived',
      entityType: 'report',
      entityId: reportId,
      reportId,
      before: { archivedAt: report.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
      reason,
    });
    return { reportId, archivedAt: archivedAt?.toISOString() ?? null };
  });
}
