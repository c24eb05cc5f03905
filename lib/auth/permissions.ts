import type { Actor } from './actor';

// One function per rule; use cases call them, callers never repeat them.
export function canManageUsers(actor: Actor): boolean {
  return actor.kind === 'system' || actor.role === 'admin';
}

export function canReadReports(actor: Actor): boolean {
  return actor.kind === 'system' || ['admin', 'editor', 'reviewer'].includes(actor.role);
}

export function canImportReports(actor: Actor): boolean {
  return actor.kind === 'system' || actor.role === 'admin' || actor.role === 'editor';
}

export function canChangeSentenceKind(actor: Actor): boolean {
  return canReadReports(actor);
}

/** Anyone who reviews may keep their own verdicts and claims; nobody writes another's. */
export function canReview(actor: Actor): boolean {
  return actor.kind === 'user' && ['admin', 'editor', 'reviewer'].includes(actor.role);
}
