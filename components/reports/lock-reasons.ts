import type { Actor } from '@/lib/actor';
import { canChangeSentenceKind } from '@/lib/permissions';

type ReportStatus = 'in_review' | 'in_adjudication' | 'approved';

/** Why nothing in an archived report can change. */
export const archivedLockReason = 'Archived: an editor must bring the report back from the archive before anything in it can change.';

/** Why the actor cannot change a sentence's kind on a report in this state, or null when they can. */
export function kindLockReason(actor: Actor, status: ReportStatus): string | null {
  if (status === 'approved') return 'Approved and locked: an editor must reopen the report to change a sentence’s kind.';
  if (!canChangeSentenceKind(actor, { status })) return 'In adjudication only editors and admins can change a sentence’s kind.';
  return null;
}

/** Why a reviewer's own claims (making and removing them) cannot change now, or null when they can. */
export function claimLockReason(workflow: { status: ReportStatus; hasCompleted: boolean }): string | null {
  if (workflow.status === 'approved') return 'Approved and locked: claims cannot change until an editor reopens the report.';
  if (workflow.status === 'in_adjudication') return 'In adjudication reviewers’ claims cannot change until an editor moves the report back to review.';
  if (workflow.hasCompleted) return 'Your review is marked complete: an editor must reopen it before your claims can change.';
  return null;
}
