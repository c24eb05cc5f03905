import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canDeleteReports } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { bulkWriteOptions, runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validations/parse-input';
import { ZDeleteReport } from '@/lib/validations/report';
import { keptForHistory, countReportReviews, deletionRefusal } from './deletion-refusal';
import { forgetSearchTerms } from './forget-search-terms';

type LockedReport = { slug: string; outlet: string; title: string | null; revision: number; bodySha256: string };

/** A delete that a concurrent write made impossible: evidence citing one of its sentences, saved from another report meanwhile. */
function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003';
}

/**
 * Deletes a report nobody has given a verdict (editors and admins): a bad or duplicate import. Its
 * sentences, claims, revisions, snapshots, assignments and completed reviews go with it in one
 * transaction, and their search terms are uncounted. Its audit events stay (they do not reference
 * it), with a `report.deleted` event saying what it was. A report with verdicts, or whose
 * sentences other reports' verdicts cite as evidence, is refused with 409.
 */
export async function deleteReport({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canDeleteReports, 'delete reports');
  const { reportId, reason } = parseInput(ZDeleteReport, input);
  try {
    return await runTransaction(async (tx) => {
      // The row lock waits for the verdict and claim saves in flight (they hold a share lock) and
      // holds off new ones, so the counts below see every verdict the report will ever have.
      const [report] = await tx.$queryRaw<LockedReport[]>`
        SELECT slug, outlet, title, revision, body_sha256 AS "bodySha256" FROM reports WHERE id = ${reportId}::uuid FOR UPDATE`;
      if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
      const reviews = await countReportReviews(tx, reportId);
      const refusal = deletionRefusal(reviews);
      if (refusal) throw new AppError('conflict', refusal, undefined, reviews);
      const sentences = await tx.sentence.count({ where: { reportId, orphanedAt: null } });
      await forgetSearchTerms(tx, reportId);
      const where = { reportId };
      await tx.claim.deleteMany({ where });
      await tx.sentence.deleteMany({ where });
      await tx.assignment.deleteMany({ where });
      await tx.reviewCompletion.deleteMany({ where });
      await tx.reportSnapshot.deleteMany({ where });
      await tx.reportRevision.deleteMany({ where });
      await tx.report.delete({ where: { id: reportId }, select: { id: true } });
      await writeAuditEvent(tx, {
        actor,
        action: 'report.deleted',
        entityType: 'report',
        entityId: reportId,
        reportId,
        before: { ...report, sentences },
        after: null,
        reason,
      });
      return { reportId, outlet: report.outlet, title: report.title };
    }, bulkWriteOptions);
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new AppError('conflict', `A verdict citing this report was saved while it was being deleted, so nothing was deleted. ${keptForHistory}`);
    }
    throw error;
  }
}
