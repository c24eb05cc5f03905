import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertReportOpen } from '@/lib/reports/assert-report-open';

/** A current claim whose report is not approved, read inside the transaction that changes it. */
export async function findOpenClaim(tx: DbTransaction, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, removedAt: null, orphanedAt: null }, select: { id: true, reportId: true, sentenceId: true } });
  if (!claim) throw new AppError('not_found', 'No current claim has this id', 'claimId');
  const workflow = await assertReportOpen(tx, claim.reportId);
  return { ...claim, workflow };
}
