import type { AuditAction } from '@/lib/audit/audit-event';
import { adjudicationCases } from './adjudication';
import { authCases } from './auth';
import type { AuditCase, MutationName } from './case-kit';
import { claimCases } from './claims';
import { exportCases } from './export';
import { reportCases } from './reports';
import { reviewCases } from './review';
import { seedCases } from './seed';
import { userCases } from './users';
import { workflowCases } from './workflow';

export type { AuditCase, ExpectedEvent, MutationName, Presence, Recorder } from './case-kit';

// The registry of tests/integration/audit/every-mutation-audited.test.ts: one case per exported
// function of lib/ that writes to the database, saying which audit events it must write, and the
// few such functions that need no case, each with its reason. The cases are kept by domain, one
// file each; a new mutation is one entry in its domain's file.

// Cases run in this order. The seed case comes first: the seed only fills an empty database; the
// restore case comes last, as it empties the reports.
export const auditCases: AuditCase[] = [...seedCases, ...userCases, ...authCases, ...reportCases, ...claimCases, ...reviewCases, ...adjudicationCases, ...workflowCases, ...exportCases];

/**
 * Exported functions that write without a case of their own, each for a stated reason. A
 * transaction helper writes inside its caller's transaction and is checked through its callers'
 * cases; it must take the caller's transaction, never use the `db` client, and be called by a
 * function with a case.
 */
export const exemptions: { name: MutationName; kind: 'transaction-helper' | 'not-a-user-action'; reason: string }[] = [
  { name: 'lib/audit/audit-event.ts#writeAuditEvent', kind: 'transaction-helper', reason: 'it is the audit event: every case checks what it wrote' },
  { name: 'lib/verdicts/store-final-verdict.ts#storeFinalVerdict', kind: 'transaction-helper', reason: 'saves a final verdict for settleClaim, with its final_verdict.saved' },
  { name: 'lib/verdicts/store-verdict.ts#storeVerdict', kind: 'transaction-helper', reason: 'saves a reviewer’s verdict for saveVerdict, with its verdict.saved' },
  { name: 'lib/verdicts/store-versioned-verdict.ts#storeVersionedVerdict', kind: 'transaction-helper', reason: 'the steps storeVerdict and storeFinalVerdict share, their audit event included' },
  { name: 'lib/adjudication/settle-agreed-claims.ts#settleAgreedClaims', kind: 'transaction-helper', reason: 'writes final_verdict.saved for each claim changeReportStatus settles on approval' },
  { name: 'lib/reports/store-report.ts#storeReport', kind: 'transaction-helper', reason: 'writes report.imported for importReport and seedDatabase' },
  { name: 'lib/export/restore-users.ts#restoreUsers', kind: 'transaction-helper', reason: 'writes user.created for each account restoreExport makes' },
  { name: 'lib/reports/create-default-claims.ts#createDefaultClaims', kind: 'transaction-helper', reason: 'whole-sentence claims follow from the sentences an import, revision or kind change records' },
  { name: 'lib/verdicts/replace-evidence.ts#replaceEvidence', kind: 'transaction-helper', reason: 'the evidence is part of the verdict snapshot in verdict.saved and final_verdict.saved' },
  { name: 'lib/reports/reanchor-claims.ts#reanchorClaims', kind: 'transaction-helper', reason: 'report.revised records the claims it re-anchored and orphaned' },
  { name: 'lib/reports/update-sentence-anchors.ts#updateSentenceAnchors', kind: 'transaction-helper', reason: 'report.revised records the sentences it moved' },
  { name: 'lib/reports/record-search-terms.ts#recordSearchTerms', kind: 'transaction-helper', reason: 'search-term upkeep: counts that rank suggestions, derived from sentences whose import, revision or restore is recorded' },
  {
    name: 'lib/reports/segment-unsegmented-reports.ts#segmentUnsegmentedReports',
    kind: 'transaction-helper',
    reason: 'one-time catch-up of sentences for reports stored before sentences existed, by the seed at start-up; not a user action, and it records no event of its own',
  },
  {
    name: 'lib/auth/sign-in-throttle.ts#admitSignInAttempt',
    kind: 'transaction-helper',
    reason: 'counts an attempt before its password is checked; a refusal is audited in the same transaction (user.sign_in_failed or user.password_change_failed, locked_out)',
  },
  {
    name: 'lib/auth/sign-in-throttle.ts#recordSignInFailure',
    kind: 'transaction-helper',
    reason: 'keeps a failed attempt counted inside the transaction that audits it as user.sign_in_failed or user.password_change_failed',
  },
  {
    name: 'lib/auth/sign-in-throttle.ts#settleRightPassword',
    kind: 'transaction-helper',
    reason: 'takes a right password out of the count inside the transaction that audits the sign-in (user.signed_in), or its refusal',
  },
  {
    name: 'lib/auth/check-password-under-limits.ts#checkPasswordUnderLimits',
    kind: 'not-a-user-action',
    reason: 'the counted password check of verifyCredentials and changeOwnPassword, whose cases check the events it writes through their audit callbacks',
  },
  { name: 'lib/auth/start-user-session.ts#startUserSession', kind: 'transaction-helper', reason: 'opens the session of a sign-in that verifyCredentials audits as user.signed_in' },
  {
    name: 'lib/auth/note-api-token-use.ts#noteApiTokenUse',
    kind: 'not-a-user-action',
    reason: 'keeps a token’s last use, to the minute: bookkeeping of successful calls, each of which is audited by its own use case if it changes anything',
  },
  {
    name: 'lib/adjudication/settle-claim.ts#settleClaim',
    kind: 'not-a-user-action',
    reason: 'the final-verdict transaction of saveFinalVerdict and acceptMajority, whose cases check the final_verdict.saved it writes',
  },
  { name: 'lib/http/api-route.ts#apiRoute', kind: 'not-a-user-action', reason: 'its own only write is noteApiTokenUse; the use cases it runs have their cases' },
];

// PENDING: a function or action whose case is still being written, so the test does not fail
// meanwhile. When its case is added to auditCases, delete the entry: the test fails while it
// stays. A pending function may not exist yet; cases and exemptions must.
export const pendingMutations: MutationName[] = [];
export const pendingActions: AuditAction[] = [];
