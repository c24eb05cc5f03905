import type { AuditAction, AuditEntityType } from './audit-event';

/** How the history names each action and entity type to people. */
export const auditActionLabels: Record<AuditAction, string> = {
  'user.created': 'Account created',
  'user.role_changed': 'Role changed',
  'user.deactivated': 'Account deactivated',
  'user.reactivated': 'Account reactivated',
  'user.password_reset': 'Password reset',
  'user.password_changed': 'Password changed',
  'user.password_change_failed': 'Password change refused',
  'user.signed_in': 'Signed in',
  'user.signed_out': 'Signed out',
  'user.sign_in_failed': 'Sign-in failed',
  'api_token.issued': 'API token issued',
  'api_token.revoked': 'API token revoked',
  'report.imported': 'Report imported',
  'report.revised': 'Report re-imported',
  'report.restored': 'Report restored',
  'report.deleted': 'Report deleted',
  'report.archived': 'Report archived',
  'facts.corrected': 'Facts corrected',
  'report.unarchived': 'Report brought back from the archive',
  'source.decided': 'Source independence decided',
  'source.decision_cleared': 'Source independence decision cleared',
  'report.orphans_dismissed': 'Orphans dismissed',
  'report.status_changed': 'Report status changed',
  'report.reopened': 'Report reopened',
  'report.settings_changed': 'Review settings changed',
  'sentence.kind_changed': 'Sentence kind changed',
  'claim.created': 'Claim created',
  'claim.removed': 'Claim removed',
  'claim.handed_over': 'Claim handed over (its author removed it; others’ verdicts keep it)',
  'verdict.saved': 'Verdict saved',
  'final_verdict.saved': 'Final verdict saved',
  'assignment.added': 'Reviewer assigned',
  'assignment.removed': 'Reviewer unassigned',
  'review.completed': 'Review completed',
  'review.reopened': 'Review reopened',
  'export.downloaded': 'Verdicts exported',
  'audit.exported': 'History exported',
};

export const auditEntityLabels: Record<AuditEntityType, string> = {
  user: 'Account',
  api_token: 'API token',
  report: 'Report',
  story: 'Story',
  source_decision: 'Source independence',
  sentence: 'Sentence',
  claim: 'Claim',
  verdict: 'Verdict',
  final_verdict: 'Final verdict',
  assignment: 'Assignment',
  review_completion: 'Review completion',
  export: 'Export',
  audit: 'Audit history',
};

export function auditActionLabel(action: string): string {
  return auditActionLabels[action as AuditAction] ?? action;
}
