import type { Actor, UserActor } from '@/lib/actor';
import { AppError } from '@/lib/errors';

// Who may do what: one rule per permission; use cases apply them with assertAllowed, pages use
// them to decide what to show. Callers never restate a rule or write its refusal.

/** A rule on the actor, saying in words whom it allows. */
export type Permission = ((actor: Actor) => boolean) & { readonly allows: string };
/** A rule that allows only signed-in people: past it, the actor is a user. */
export type UserPermission = ((actor: Actor) => actor is UserActor) & { readonly allows: string };

function permission(allows: string, rule: (actor: Actor) => boolean): Permission {
  return Object.assign((actor: Actor) => rule(actor), { allows });
}

function userPermission(allows: string, rule: (actor: UserActor) => boolean): UserPermission {
  return Object.assign((actor: Actor): actor is UserActor => actor.kind === 'user' && rule(actor), { allows });
}

const isEditorOrAdmin = (actor: Actor) => actor.kind === 'system' || actor.role === 'admin' || actor.role === 'editor';

/**
 * Throws `forbidden` ("Only editors and admins can assign reviewers") unless the rule allows the
 * actor; past a rule for signed-in people, the actor is a user.
 */
export function assertAllowed(actor: Actor, rule: UserPermission, toDo: string): asserts actor is UserActor;
export function assertAllowed(actor: Actor, rule: Permission, toDo: string): void;
export function assertAllowed(actor: Actor, rule: Permission, toDo: string): void {
  if (!rule(actor)) throw new AppError('forbidden', `Only ${rule.allows} can ${toDo}`);
}

export const canManageUsers = permission('admins', (actor) => actor.kind === 'system' || actor.role === 'admin');

/** Restoring an export creates the accounts it names, so it is for admins. */
export const canRestoreExports = permission('admins', canManageUsers);

export const canReadReports = permission('reviewers, editors and admins', (actor) => actor.kind === 'system' || ['admin', 'editor', 'reviewer'].includes(actor.role));

export const canImportReports = permission('editors and admins', isEditorOrAdmin);

/** Deleting a report without verdicts (a bad or duplicate import); its audit history stays. */
export const canDeleteReports = permission('editors and admins', isEditorOrAdmin);

/** Archiving hides a report from every list and locks it, keeping its verdicts for exports and history. */
export const canArchiveReports = permission('editors and admins', isEditorOrAdmin);

/** Dismissing takes what a re-import orphaned off the report's orphan list, deleting nothing. */
export const canDismissOrphans = permission('editors and admins', isEditorOrAdmin);

/** A fetched page's snapshot is whatever its site served, unreviewed: for the editors and admins who import. */
export const canDownloadSnapshots = permission('editors and admins', isEditorOrAdmin);

/** Assigning reviewers, settling final verdicts, and moving a report through review to approval. */
export const canManageWorkflow = permission('editors and admins', isEditorOrAdmin);

/** Final verdicts and status changes are someone's decision, so they need a signed-in editor or admin, never the command line. */
export const canDecideAsEditor = userPermission('signed-in editors and admins', isEditorOrAdmin);

/** Anyone who reviews may keep their own verdicts and claims; nobody writes another's. */
export const canReview = userPermission('signed-in reviewers, editors and admins', (actor) => ['admin', 'editor', 'reviewer'].includes(actor.role));

export const isSignedInUser = userPermission('signed-in users', () => true);

/** Creating and renaming stories (reports about one event) and putting reports in them or taking them out. */
export const canManageStories = permission('editors and admins', isEditorOrAdmin);

/** Whether two reports are independent sources is an editor's call, overriding credit lines and text reuse. */
export const canDecideSources = userPermission('signed-in editors and admins', isEditorOrAdmin);

/** Exports carry every unpublished verdict: editors and admins only. */
export const canExportVerdicts = permission('editors and admins', isEditorOrAdmin);

/** The audit history shows every change by everyone: editors and admins. */
export const canBrowseAudit = permission('editors and admins', isEditorOrAdmin);

/** A personal API token is its owner's to list, issue and revoke; admins may do so for anyone. */
export function canManageApiTokensOf(actor: Actor, userId: string): boolean {
  return canManageUsers(actor) || (actor.kind === 'user' && actor.id === userId);
}

/**
 * Anyone who reads reports may correct a sentence's kind while the report is in review; once it is
 * in adjudication, only editors and admins (a kind change could otherwise move a contested claim).
 */
export function canChangeSentenceKind(actor: Actor, report: { status: 'in_review' | 'in_adjudication' | 'approved' }): boolean {
  return canReadReports(actor) && (report.status === 'in_review' || canManageWorkflow(actor));
}

/**
 * Final verdicts are published by approval: from then on everyone who reads the report sees them.
 * Editors and admins also see them while they settle them, in adjudication. While a report is in
 * review (a reopened one included) they may yet change, so nobody is shown them there.
 */
export function canSeeFinalVerdicts(actor: Actor, report: { status: 'in_review' | 'in_adjudication' | 'approved' }): boolean {
  if (report.status === 'approved') return canReadReports(actor);
  return report.status === 'in_adjudication' && canManageWorkflow(actor);
}

/**
 * Whether the actor may see other reviewers' verdicts on a report: editors and admins always;
 * reviewers once blind review is off or they have marked their own review complete (even if an
 * editor has reopened it since: what they saw cannot be unseen).
 */
export function canSeeOthersVerdicts(actor: Actor, report: { blindReview: boolean }, hasEverCompleted: boolean): boolean {
  return canManageWorkflow(actor) || !report.blindReview || hasEverCompleted;
}
