import type { Actor } from '@/lib/actor';

// One function per rule; use cases call them, callers never repeat them.
export function canManageUsers(actor: Actor): boolean {
  return actor.kind === 'system' || actor.role === 'admin';
}

/** A personal API token is its owner's to list, issue and revoke; admins may do so for anyone. */
export function canManageApiTokensOf(actor: Actor, userId: string): boolean {
  return canManageUsers(actor) || (actor.kind === 'user' && actor.id === userId);
}

export function canReadReports(actor: Actor): boolean {
  return actor.kind === 'system' || ['admin', 'editor', 'reviewer'].includes(actor.role);
}

export function canImportReports(actor: Actor): boolean {
  return actor.kind === 'system' || actor.role === 'admin' || actor.role === 'editor';
}

/**
 * Anyone who reads reports may correct a unit's kind while the report is in review; once it is in
 * adjudication, only editors and admins (a kind change could otherwise move a contested claim).
 */
export function canChangeSentenceKind(actor: Actor, report?: { status: 'in_review' | 'in_adjudication' | 'approved' }): boolean {
  if (!canReadReports(actor)) return false;
  return !report || report.status === 'in_review' || canManageWorkflow(actor);
}

/** Anyone who reviews may keep their own verdicts and claims; nobody writes another's. */
export function canReview(actor: Actor): boolean {
  return actor.kind === 'user' && ['admin', 'editor', 'reviewer'].includes(actor.role);
}

/** Assigning reviewers, settling final verdicts, and moving a report through review to approval. */
export function canManageWorkflow(actor: Actor): boolean {
  return actor.kind === 'system' || actor.role === 'admin' || actor.role === 'editor';
}

/**
 * Whether the actor may see other reviewers' verdicts on a report: editors and admins always;
 * reviewers once blind review is off or they have marked their own review complete (even if an
 * editor has reopened it since: what they saw cannot be unseen).
 */
export function canSeeOthersVerdicts(actor: Actor, report: { blindReview: boolean }, hasEverCompleted: boolean): boolean {
  return canManageWorkflow(actor) || !report.blindReview || hasEverCompleted;
}

/** Exports carry every unpublished verdict: editors and admins only. */
export function canExportVerdicts(actor: Actor): boolean {
  return canManageWorkflow(actor);
}

/** Restoring an export creates the accounts it names, so it is for admins. */
export function canRestoreExports(actor: Actor): boolean {
  return canManageUsers(actor);
}

/** The audit history shows every change by everyone: editors and admins. */
export function canBrowseAudit(actor: Actor): boolean {
  return canManageWorkflow(actor);
}
