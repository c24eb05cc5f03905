import 'server-only';
import { actorUserId, type Actor } from '@/lib/actor';
import { assertAllowed, canManageWorkflow } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZAssignment } from '@/lib/validations/workflow';
import { reviewerEntity } from './reviewer-entity';
import { assertNotArchived } from '@/lib/reports/assert-report-open';

/** An editor asks a reviewer to review a report. Assigning someone already assigned changes nothing. */
export async function assignReviewer({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canManageWorkflow, 'assign reviewers');
  const { reportId, reviewerId } = parseInput(ZAssignment, input);
  return runTransaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: reportId }, select: { archivedAt: true } });
    if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
    assertNotArchived(report);
    const reviewer = await tx.user.findUnique({ where: { id: reviewerId }, select: { name: true, isActive: true } });
    if (!reviewer || !reviewer.isActive) throw new AppError('not_found', 'No active user has this id', 'reviewerId');
    const created = await tx.assignment.createManyAndReturn({
      data: [{ reportId, reviewerId, assignedById: actorUserId(actor) }],
      skipDuplicates: true,
      select: { createdAt: true },
    });
    if (created.length > 0) {
      await writeAuditEvent(tx, {
        actor,
        action: 'assignment.added',
        ...reviewerEntity('assignment', reportId, reviewerId),
        before: null,
        after: { reviewerId, reviewerName: reviewer.name },
      });
    }
    return { reportId, reviewerId, reviewerName: reviewer.name, added: created.length > 0 };
  });
}
