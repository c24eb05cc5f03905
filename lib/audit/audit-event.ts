import { z } from 'zod';
import { actorUserId, type Actor } from '@/lib/actor';
import type { DbTransaction } from '@/lib/db';
import { currentRequestId } from './request-context';
import { Prisma } from '@/lib/generated/prisma/client';

const ZUserSnapshot = z.object({ email: z.string(), name: z.string(), role: z.string(), isActive: z.boolean() });
// `units` is the number of sentences, under the name the hash-chained events already stored use.
const ZReportSnapshot = z.object({ slug: z.string(), outlet: z.string(), title: z.string().nullable(), bodySha256: z.string(), units: z.number() });
// A report imported from a URL: the page it was fetched from, and the snapshot kept of it.
const ZFetchedPage = z.object({ url: z.string(), snapshotSha256: z.string(), fetchedAt: z.string() });
// What is left of a deleted report: enough to name it in the history and to tell which text it was.
const ZDeletedReport = z.object({ slug: z.string(), outlet: z.string(), title: z.string().nullable(), revision: z.number(), sentences: z.number(), bodySha256: z.string() });
const ZRevisionSnapshot = z.object({ revision: z.number(), bodySha256: z.string() });
const ZReattachmentSummary = ZRevisionSnapshot.extend({
  sentences: z.object({ exact: z.number(), fuzzy: z.number(), orphaned: z.array(z.string()), added: z.number() }),
  claims: z.object({ exact: z.number(), fuzzy: z.number(), orphaned: z.array(z.string()) }),
});
// An orphan as the report's orphan list showed it, and what dismissing changed.
const ZOrphanSnapshot = z.object({ id: z.string(), revision: z.number(), text: z.string() });
const ZListedOrphans = z.object({ sentences: z.array(ZOrphanSnapshot), claims: z.array(ZOrphanSnapshot) });
const ZDismissedOrphans = z.object({ dismissedAt: z.string(), sentenceIds: z.array(z.string()), claimIds: z.array(z.string()) });
const ZSentenceKind = z.object({ kind: z.string() });
const ZEvidenceSnapshot = z.union([
  z.object({ sentenceId: z.string(), relation: z.string() }),
  z.object({ url: z.string(), quote: z.string(), relation: z.string() }),
]);
const ZVerdictSnapshot = z.object({ label: z.string(), note: z.string(), version: z.number(), evidence: z.array(ZEvidenceSnapshot), proposedLabel: z.string().optional() });
const ZClaimSnapshot = z.object({ sentenceId: z.string(), start: z.number(), end: z.number(), text: z.string() });
// adoptedFromId: the reviewer whose verdict the editor took this one from ("Use this verdict").
const ZFinalVerdictSnapshot = ZVerdictSnapshot.extend({ basis: z.string(), adoptedFromId: z.uuid().optional() });
const ZAssignmentSnapshot = z.object({ reviewerId: z.string(), reviewerName: z.string() });
const ZReviewCompletionSnapshot = ZAssignmentSnapshot.extend({ status: z.enum(['complete', 'reopened']), unreviewedSentences: z.number() });
const ZReportStatus = z.object({ status: z.string() });
// A reviewer's corrections of a story's facts: each pair of claims, what it was (null: as computed) and is now.
const ZFactLinkChange = z.object({ claimIds: z.tuple([z.string(), z.string()]), sameFact: z.boolean().nullable() });
const ZFactLinks = z.object({ links: z.array(ZFactLinkChange) });
const ZArchiveState = z.object({ archivedAt: z.string().nullable() });
const ZReviewSettings = z.object({ blindReview: z.boolean(), adjudicateSingleVerdicts: z.boolean() });
const ZExportRequestSnapshot = z.object({ format: z.string(), scope: z.string(), reportId: z.string().nullable(), reports: z.number() });
const ZRestoredReport = ZReportSnapshot.extend({ claims: z.number(), verdicts: z.number(), finalVerdicts: z.number() });
const ZTokenSnapshot = z.object({ userId: z.string(), name: z.string(), prefix: z.string() });
const ZSignInAttempt = z.object({ email: z.string(), address: z.string().optional() });
const ZFailedSignIn = ZSignInAttempt.extend({
  // locked_out: refused before any password check; locked_during_check: the right password, refused
  // because a lock began while it was checked.
  reason: z.enum(['wrong_password', 'unknown_email', 'deactivated', 'malformed', 'locked_out', 'locked_during_check']),
  // Set on the failure that locks the account or the address out.
  lockedUntil: z.string().optional(),
});
const ZFailedPasswordChange = z.object({ reason: z.enum(['wrong_password', 'locked_out', 'locked_during_check']), lockedUntil: z.string().optional() });
const ZRevokedToken = ZTokenSnapshot.extend({ revokedAt: z.string() });
// An editor's decision on two reports' independence, the pair lower id first.
const ZSourceDecisionSnapshot = z.object({ relation: z.enum(['independent', 'derived']), derivedReportId: z.string().nullable(), reason: z.string().nullable() });
const ZSourceDecision = ZSourceDecisionSnapshot.extend({ reportIds: z.tuple([z.string(), z.string()]), previous: ZSourceDecisionSnapshot.nullable() });
// A story, and which story a report is in (none: null), by id and by its title at the time.
const ZStorySnapshot = z.object({ title: z.string(), reportIds: z.array(z.string()) });
const ZStoryTitle = z.object({ title: z.string() });
const ZStoryMembership = z.object({ storyId: z.string().nullable(), title: z.string().nullable() });
const ZAuditExportSnapshot = z.object({ format: z.string(), filters: z.record(z.string(), z.string()) });

// Every kind of audit event and the shape of its before/after payload. A new event type is added
// here first, so it cannot be written with the wrong shape.
const ZAuditPayload = z.discriminatedUnion('action', [
  z.object({ action: z.literal('user.created'), entityType: z.literal('user'), before: z.null(), after: ZUserSnapshot }),
  z.object({ action: z.literal('user.role_changed'), entityType: z.literal('user'), before: ZUserSnapshot, after: ZUserSnapshot }),
  z.object({ action: z.literal('user.deactivated'), entityType: z.literal('user'), before: ZUserSnapshot, after: ZUserSnapshot }),
  z.object({ action: z.literal('user.reactivated'), entityType: z.literal('user'), before: ZUserSnapshot, after: ZUserSnapshot }),
  z.object({ action: z.literal('user.password_reset'), entityType: z.literal('user'), before: z.null(), after: z.null() }),
  z.object({ action: z.literal('user.password_changed'), entityType: z.literal('user'), before: z.null(), after: z.null() }),
  z.object({ action: z.literal('user.password_change_failed'), entityType: z.literal('user'), before: z.null(), after: ZFailedPasswordChange }),
  z.object({ action: z.literal('user.signed_in'), entityType: z.literal('user'), before: z.null(), after: ZSignInAttempt }),
  z.object({ action: z.literal('user.signed_out'), entityType: z.literal('user'), before: z.null(), after: z.object({ sessionId: z.string() }) }),
  z.object({ action: z.literal('user.sign_in_failed'), entityType: z.literal('user'), before: z.null(), after: ZFailedSignIn }),
  z.object({ action: z.literal('api_token.issued'), entityType: z.literal('api_token'), before: z.null(), after: ZTokenSnapshot }),
  z.object({ action: z.literal('api_token.revoked'), entityType: z.literal('api_token'), before: ZTokenSnapshot, after: ZRevokedToken }),
  z.object({ action: z.literal('report.imported'), entityType: z.literal('report'), before: z.null(), after: ZReportSnapshot.extend({ fetched: ZFetchedPage.optional() }) }),
  z.object({ action: z.literal('report.revised'), entityType: z.literal('report'), before: ZRevisionSnapshot, after: ZReattachmentSummary }),
  // The report and everything that hung off it is gone; its events, this one included, stay.
  z.object({ action: z.literal('report.deleted'), entityType: z.literal('report'), before: ZDeletedReport, after: z.null() }),
  z.object({ action: z.literal('report.archived'), entityType: z.literal('report'), before: ZArchiveState, after: ZArchiveState }),
  z.object({ action: z.literal('report.unarchived'), entityType: z.literal('report'), before: ZArchiveState, after: ZArchiveState }),
  // Orphans taken off the report's orphan list; the rows stay, as verdicts and history may name them.
  z.object({ action: z.literal('report.orphans_dismissed'), entityType: z.literal('report'), before: ZListedOrphans, after: ZDismissedOrphans }),
  z.object({ action: z.literal('story.created'), entityType: z.literal('story'), before: z.null(), after: ZStorySnapshot }),
  z.object({ action: z.literal('story.renamed'), entityType: z.literal('story'), before: ZStoryTitle, after: ZStoryTitle }),
  // A report put in a story (entityId), moved from the one in `before` when it was in one.
  z.object({ action: z.literal('story.report_added'), entityType: z.literal('story'), before: ZStoryMembership, after: ZStoryMembership }),
  z.object({ action: z.literal('story.report_removed'), entityType: z.literal('story'), before: ZStoryMembership, after: z.null() }),
  z.object({ action: z.literal('facts.corrected'), entityType: z.literal('story'), before: ZFactLinks, after: ZFactLinks }),
  z.object({ action: z.literal('source.decided'), entityType: z.literal('source_decision'), before: ZSourceDecisionSnapshot.nullable(), after: ZSourceDecision }),
  z.object({ action: z.literal('source.decision_cleared'), entityType: z.literal('source_decision'), before: ZSourceDecisionSnapshot, after: z.null() }),
  z.object({ action: z.literal('sentence.kind_changed'), entityType: z.literal('sentence'), before: ZSentenceKind, after: ZSentenceKind }),
  z.object({ action: z.literal('claim.created'), entityType: z.literal('claim'), before: z.null(), after: ZClaimSnapshot }),
  z.object({ action: z.literal('claim.removed'), entityType: z.literal('claim'), before: ZClaimSnapshot, after: z.null() }),
  // Its author removed it under blind review while others had verdicts on it: it left the author's view and stays for them.
  z.object({ action: z.literal('claim.handed_over'), entityType: z.literal('claim'), before: ZClaimSnapshot, after: z.null() }),
  z.object({ action: z.literal('verdict.saved'), entityType: z.literal('verdict'), before: ZVerdictSnapshot.nullable(), after: ZVerdictSnapshot }),
  z.object({ action: z.literal('final_verdict.saved'), entityType: z.literal('final_verdict'), before: ZFinalVerdictSnapshot.nullable(), after: ZFinalVerdictSnapshot }),
  z.object({ action: z.literal('assignment.added'), entityType: z.literal('assignment'), before: z.null(), after: ZAssignmentSnapshot }),
  z.object({ action: z.literal('assignment.removed'), entityType: z.literal('assignment'), before: ZAssignmentSnapshot, after: z.null() }),
  z.object({ action: z.literal('review.completed'), entityType: z.literal('review_completion'), before: ZReviewCompletionSnapshot.nullable(), after: ZReviewCompletionSnapshot }),
  z.object({ action: z.literal('review.reopened'), entityType: z.literal('review_completion'), before: ZReviewCompletionSnapshot, after: ZReviewCompletionSnapshot }),
  z.object({ action: z.literal('report.status_changed'), entityType: z.literal('report'), before: ZReportStatus, after: ZReportStatus }),
  z.object({ action: z.literal('report.reopened'), entityType: z.literal('report'), before: ZReportStatus, after: ZReportStatus }),
  z.object({ action: z.literal('export.downloaded'), entityType: z.literal('export'), before: z.null(), after: ZExportRequestSnapshot }),
  z.object({ action: z.literal('report.restored'), entityType: z.literal('report'), before: z.null(), after: ZRestoredReport }),
  z.object({ action: z.literal('report.settings_changed'), entityType: z.literal('report'), before: ZReviewSettings, after: ZReviewSettings }),
  z.object({ action: z.literal('audit.exported'), entityType: z.literal('audit'), before: z.null(), after: ZAuditExportSnapshot }),
]);

export type AuditPayload = z.infer<typeof ZAuditPayload>;
export type AuditAction = AuditPayload['action'];
export type AuditEntityType = AuditPayload['entityType'];

/** Every action and entity type there is, for filters and for the tests that cover them all. */
export const auditActions: AuditAction[] = ZAuditPayload.options.map((option) => option.shape.action.value);
export const auditEntityTypes: AuditEntityType[] = [...new Set(ZAuditPayload.options.map((option) => option.shape.entityType.value))];

type AuditEventInput = AuditPayload & {
  actor: Actor;
  entityId: string;
  reportId?: string | null;
  sentenceId?: string | null;
  reason?: string | null;
  requestId?: string | null;
};

// The payload schema has already checked the shape; Prisma wants JSON columns typed its own way.
function toJson(value: object | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}

/**
 * Writes one audit event inside the caller's transaction. Write it after the transaction's other
 * changes: from this insert until commit the transaction holds the audit chain's lock.
 */
export async function writeAuditEvent(tx: DbTransaction, event: AuditEventInput): Promise<void> {
  const payload = ZAuditPayload.parse({ action: event.action, entityType: event.entityType, before: event.before, after: event.after });
  await tx.auditEvent.create({
    data: {
      actorId: actorUserId(event.actor),
      action: payload.action,
      entityType: payload.entityType,
      entityId: event.entityId,
      reportId: event.reportId ?? null,
      sentenceId: event.sentenceId ?? null,
      before: toJson(payload.before),
      after: toJson(payload.after),
      requestId: event.requestId ?? currentRequestId() ?? (event.actor.kind === 'system' ? event.actor.name : null),
      reason: event.reason ?? null,
    },
    // Only the key back: the event's payload and hash need not travel back to us.
    select: { sequence: true },
  });
}
