import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canManageWorkflow } from '@/lib/permissions';
import { db } from '@/lib/db';

/** Active users an editor can assign to a report: reviewers first, then editors and admins (who also review). */
export async function listReviewers({ actor }: { actor: Actor }) {
  assertAllowed(actor, canManageWorkflow, 'assign reviewers');
  const users = await db.user.findMany({ where: { isActive: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, email: true, role: true } });
  return [...users.filter((user) => user.role === 'reviewer'), ...users.filter((user) => user.role !== 'reviewer')];
}
