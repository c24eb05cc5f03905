import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canManageWorkflow } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZAssignment } from '@/lib/validations/workflow';
import { reviewerEntity } from './reviewer-entity';

/** An editor takes a report off a reviewer's list. Their verdicts stay. */
export async function unassignReviewer({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canManageWorkflow, 'assign reviewers');
  const { reportId, reviewerId } = parseInput(ZAssignment, input);
  return runTransaction(async (tx) => {
    const assignment = await tx.assignment.findUnique({
      where: { reportId_reviewerId: { reportId, reviewerId } },
      select: { reviewer: { select: { name: true } } },
    });
    if (!assignment) throw new AppError('not_found', 'This reviewer is not assigned to this report', 'reviewerId');
    // Two removals at once: only the one that deletes the row records it.
    const { count } = await tx.assignment.deleteMany({ where: { reportId, reviewerId } });
    if (count === 0) throw new AppError('not_found', 'This reviewer is not assigned to this report', 'reviewerId');
    await writeAuditEvent(tx, {
      actor,
      action: 'assignment.removed',
      ...reviewerEntity('assignment', reportId, reviewerId),
      before: { reviewerId, reviewerName: assignment.reviewer.name },
      after: null,
    });
    return { reportId, reviewerId };
  });
}
