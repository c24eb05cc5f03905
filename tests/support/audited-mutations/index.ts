import type { AuditAction } from '@/lib/audit/audit-event';
import { adjudicationCases } from './adjudication';
import { authCases } from './auth';
import type { AuditCase, MutationName } from './case-kit';
import { claimCases } from './claims';
import { exportCases } from './export';
import { factCases } from './facts';
import { reportCases } from './reports';
import { reviewCases } from './review';
import { seedCases } from './seed';
import { storyCases } from './stories';
import { userCases } from './users';
import { workflowCases } from './workflow';

export { caseContext, type AuditCase, type ExpectedEvent, type MutationName, type Presence, type Recorder } from './case-kit';

// The registry of tests/integration/audit/every-mutation-audited.test.ts: one case per exported
// function of lib/ that writes to the database, saying which audit events it must write, and the
// few such functions that need no case, each with its reason. The cases are kept by domain, one
// file each; a new mutation is one entry in its domain's file.

// Cases run in this order. The seed case comes first: the seed only fills an empty database; the
// restore case comes last, as it empties the reports.
export const auditCases: AuditCase[] = [...seedCases, ...userCases, ...authCases, ...reportCases, ...claimCases, ...factCases, ...reviewCases, ...adjudicationCases, ...workflowCases, ...storyCases, ...exportCases];

type ExemptionKind = 'transaction-helper' | 'not-a-user-action';

/**
 * Write inside their caller's transaction and are checked through their callers' cases, each
 * with its reason. Each must take the caller's transaction, never use the `db` client, and be
 * called by a function with a case.
 */
const transactionHelpers: Record<MutationName, string> = {
  'lib/audit/audit-event.ts#writeAuditEvent': 'it is the audit event: every case checks what it wrote',
  'lib/verdicts/store-final-verdict.ts#storeFinalVerdict': 'saves a final verdict for settleClaim, with its final_verdict.saved',
  'lib/verdicts/store-verdict.ts#storeVerdict': 'saves a reviewer’s verdict for saveVerdict, with its verdict.saved',
  'lib/verdicts/store-versioned-verdict.ts#storeVersionedVerdict': 'the steps storeVerdict and storeFinalVerdict share, their audit event included',
  'lib/adjudication/settle-agreed-claims.ts#settleAgreedClaims': 'writes final_verdict.saved for each claim changeReportStatus settles on approval',
  'lib/reports/store-report.ts#storeReport': 'writes report.imported for importReport and seedDatabase',
  'lib/export/restore-users.ts#restoreUsers': 'writes user.created for each account restoreExport makes',
  'lib/users/store-user.ts#storeUser': 'writes an account and its user.created for createUser, seedDatabase and restoreUsers',
  'lib/reports/create-default-claims.ts#createDefaultClaims': 'whole-sentence claims follow from the sentences an import, revision or kind change records',
  'lib/verdicts/replace-evidence.ts#replaceEvidence': 'the evidence is part of the verdict snapshot in verdict.saved and final_verdict.saved',
  'lib/reports/reanchor-claims.ts#reanchorClaims': 'report.revised records the claims it re-anchored and orphaned',
  'lib/reports/update-sentence-anchors.ts#updateSentenceAnchors': 'report.revised records the sentences it moved',
  'lib/reports/record-search-terms.ts#recordSearchTerms': 'search-term upkeep: counts that rank suggestions, derived from sentences whose import, revision or restore is recorded',
  'lib/reports/forget-search-terms.ts#forgetSearchTerms': 'search-term upkeep: takes out the counts of the sentences whose report deleteReport deletes, which report.deleted records',
  'lib/reports/segment-unsegmented-reports.ts#segmentUnsegmentedReports':
    'one-time catch-up of sentences for reports stored before sentences existed, by the seed at start-up; not a user action, and it records no event of its own',
  'lib/auth/sign-in-throttle.ts#admitSignInAttempt':
    'counts an attempt before its password is checked; a refusal is audited in the same transaction (user.sign_in_failed or user.password_change_failed, locked_out)',
  'lib/auth/sign-in-throttle.ts#recordSignInFailure': 'keeps a failed attempt counted inside the transaction that audits it as user.sign_in_failed or user.password_change_failed',
  'lib/auth/sign-in-throttle.ts#settleRightPassword': 'takes a right password out of the count inside the transaction that audits the sign-in (user.signed_in), or its refusal',
  'lib/stories/text-reuse-cache.ts#refreshTextReuse':
    'keeps the measured text reuse of a story’s reports, derived from their texts, whose import, revision or joining a story (report.imported, report.revised, story.report_added) is recorded',
  'lib/stories/create-story.ts#storeStory': 'writes a story, its story.created and a story.report_added per report, for createStory and seedDatabase',
  'lib/stories/story-membership.ts#putReportInStory': 'writes story.report_added for addReportToStory, storeStory and importReport',
  'lib/stories/story-membership.ts#takeReportOutOfStory': 'writes story.report_removed for removeReportFromStory',
  'lib/auth/start-user-session.ts#startUserSession': 'opens the session of a sign-in that verifyCredentials audits as user.signed_in',
};

/** Write, but are no user action of their own, each with its reason. */
const notUserActions: Record<MutationName, string> = {
  'lib/auth/check-password-under-limits.ts#checkPasswordUnderLimits':
    'the counted password check of verifyCredentials and changeOwnPassword, whose cases check the events it writes through their audit callbacks',
  'lib/api-tokens/note-api-token-use.ts#noteApiTokenUse': 'keeps a token’s last use, to the minute: bookkeeping of successful calls, each of which is audited by its own use case if it changes anything',
  'lib/adjudication/settle-claim.ts#settleClaim': 'the final-verdict transaction of saveFinalVerdict and acceptMajority, whose cases check the final_verdict.saved it writes',
  'lib/http/api-route.ts#apiRoute': 'its own only write is noteApiTokenUse; the use cases it runs have their cases',
  // The scanner reads any .delete() as a write; these delete from a Set or Map of open pages.
  'lib/live/audit-announcements.ts#auditAnnouncements': 'no database write: forgets a live-updates subscriber kept in memory (Set.delete)',
  'lib/live/follow-report.ts#followReport': 'no database write: frees a live connection’s place kept in memory (Map.delete); it only reads',
  'lib/live/follow-report.ts#followDesk': 'no database write: frees a live connection’s place kept in memory (Map.delete); it only reads',
  'lib/live/report-feeds.ts#followReportEvents': 'no database write: forgets a follower kept in memory (Set.delete); it only reads',
};

const exemptionsOf = (kind: ExemptionKind, reasons: Record<MutationName, string>) =>
  Object.entries(reasons).map(([name, reason]) => ({ name: name as MutationName, kind, reason }));

/** Exported functions that write without a case of their own. */
export const exemptions: { name: MutationName; kind: ExemptionKind; reason: string }[] = [
  ...exemptionsOf('transaction-helper', transactionHelpers),
  ...exemptionsOf('not-a-user-action', notUserActions),
];

// PENDING: a function or action whose case is still being written, so the test does not fail
// meanwhile. When its case is added to auditCases, delete the entry: the test fails while it
// stays. A pending function may not exist yet; cases and exemptions must.
export const pendingMutations: MutationName[] = [];
export const pendingActions: AuditAction[] = [];
