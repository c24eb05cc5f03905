import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canManageWorkflow } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReviewSettings } from '@/lib/validations/workflow';
import { assertNotArchived } from '@/lib/reports/assert-report-open';

/** An editor turns blind review, or adjudication of single-verdict claims, on or off for a report. */
export async function updateReviewSettings({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canManageWorkflow, 'change review settings');
  const { reportId, ...changes } = parseInput(ZReviewSettings, input);
  return runTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ blindReview: boolean; adjudicateSingleVerdicts: boolean; archivedAt: Date | null }[]>`
      SELECT blind_review AS "blindReview", adjudicate_single_verdicts AS "adjudicateSingleVerdicts", archived_at AS "archivedAt" FROM reports WHERE id = ${reportId}::uuid FOR UPDATE`;
    const [row] = rows;
    if (!row) throw new AppError('not_found', 'No report has this id', 'reportId');
    assertNotArchived(row);
    const before = { blindReview: row.blindReview, adjudicateSingleVerdicts: row.adjudicateSingleVerdicts };
    const after = { ...before, ...changes };
    if (after.blindReview === before.blindReview && after.adjudicateSingleVerdicts === before.adjudicateSingleVerdicts) return after;
    await tx.report.update({ where: { id: reportId }, data: after });
    await writeAuditEvent(tx, { actor, action: 'report.settings_changed', entityType: 'report', entityId: reportId, reportId, before, after });
    return after;
  });
}
