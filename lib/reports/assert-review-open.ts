import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertReportOpen, type ReportWorkflow } from './assert-report-open';

/**
 * For a change to a reviewer's own verdicts and claims on a report: the report must be in review
 * (in adjudication and once approved only editors' final verdicts change), and the reviewer must
 * not have marked their review complete, unless an editor has reopened it since. The completion
 * is read after the report's share lock is held: completing takes the row lock, so a completion
 * that committed while this waited is seen here.
 */
export async function assertReviewOpen(tx: DbTransaction, reportId: string, reviewerId: string): Promise<ReportWorkflow> {
  const report = await assertReportOpen(tx, reportId);
  if (report.status === 'in_adjudication') {
    throw new AppError('locked', 'This report is in adjudication: reviewers’ verdicts and claims cannot change until an editor moves it back to review.');
  }
  const frozen = await tx.reviewCompletion.findFirst({ where: { reportId, reviewerId, reopenedAt: null }, select: { reviewerId: true } });
  if (frozen) {
    throw new AppError('locked', 'You marked your review of this report complete: an editor must reopen it before your verdicts and claims can change.');
  }
  return report;
}
