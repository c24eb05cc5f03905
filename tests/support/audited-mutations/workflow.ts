import { db } from '@/lib/db';
import { saveVerdict } from '@/lib/review/save-verdict';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { completeReview } from '@/lib/workflow/complete-review';
import { reopenReview } from '@/lib/workflow/reopen-review';
import { unassignReviewer } from '@/lib/workflow/unassign-reviewer';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';
import { auditCase, singleSource, type AuditCase } from './case-kit';

// Assignments, completed reviews, review settings and report status.
export const workflowCases: AuditCase[] = [
  auditCase('lib/workflow/assign-reviewer.ts#assignReviewer', 'an editor assigns a reviewer to a report', ['assignment.added'], async ({ record, report }) => {
    const { editor, alice, reportId } = await report();
    await record(() => assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: alice.id } }));
    return [{ action: 'assignment.added', entityType: 'assignment', entityId: `${reportId}/${alice.id}`, reportId, actorId: editor.id }];
  }),
  auditCase('lib/workflow/unassign-reviewer.ts#unassignReviewer', "an editor takes a report off a reviewer's list", ['assignment.removed'], async ({ record, report }) => {
    const { editor, alice, reportId } = await report();
    await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: alice.id } });
    await record(() => unassignReviewer({ actor: editor.actor, input: { reportId, reviewerId: alice.id } }));
    return [{ action: 'assignment.removed', entityType: 'assignment', entityId: `${reportId}/${alice.id}`, reportId, actorId: editor.id }];
  }),
  auditCase('lib/workflow/complete-review.ts#completeReview', 'a reviewer marks their review complete', ['review.completed'], async ({ record, report }) => {
    const { alice, reportId } = await report();
    await record(() => completeReview({ actor: alice.actor, input: { reportId } }));
    return [{ action: 'review.completed', entityType: 'review_completion', entityId: `${reportId}/${alice.id}`, reportId, actorId: alice.id, before: 'null' }];
  }),
  auditCase('lib/workflow/complete-review.ts#completeReview', 'a reviewer completes again after an editor reopened their review', ['review.completed'], async ({ record, report }) => {
    const { editor, alice, reportId } = await report();
    await completeReview({ actor: alice.actor, input: { reportId } });
    await reopenReview({ actor: editor.actor, input: { reportId, reviewerId: alice.id, reason: 'A second source came in' } });
    await record(() => completeReview({ actor: alice.actor, input: { reportId } }));
    return [{ action: 'review.completed', entityType: 'review_completion', entityId: `${reportId}/${alice.id}`, reportId, actorId: alice.id, before: 'present' }];
  }),
  auditCase('lib/workflow/reopen-review.ts#reopenReview', "an editor reopens a reviewer's completed review, giving the reason", ['review.reopened'], async ({ record, report }) => {
    const { editor, alice, reportId } = await report();
    await completeReview({ actor: alice.actor, input: { reportId } });
    const reason = 'She found the council’s count';
    await record(() => reopenReview({ actor: editor.actor, input: { reportId, reviewerId: alice.id, reason } }));
    return [{ action: 'review.reopened', entityType: 'review_completion', entityId: `${reportId}/${alice.id}`, reportId, actorId: editor.id, reason }];
  }),
  auditCase('lib/workflow/update-review-settings.ts#updateReviewSettings', 'an editor turns blind review off', ['report.settings_changed'], async ({ record, report }) => {
    const { editor, reportId } = await report();
    await record(() => updateReviewSettings({ actor: editor.actor, input: { reportId, blindReview: false } }));
    return [{ action: 'report.settings_changed', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
  }),
  auditCase('lib/workflow/change-report-status.ts#changeReportStatus', 'an editor moves a report to adjudication', ['report.status_changed'], async ({ record, report }) => {
    const { editor, reportId } = await report();
    await record(() => changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } }));
    return [{ action: 'report.status_changed', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
  }),
  auditCase('lib/workflow/change-report-status.ts#changeReportStatus', 'approval gives the claims the reviewers agree on their final verdict', ['final_verdict.saved', 'report.status_changed'], async ({ record, report }) => {
    const { editor, alice, bob, reportId, first } = await report();
    for (const reviewer of [alice, bob]) await saveVerdict({ actor: reviewer.actor, input: { claimId: first.id, ...singleSource } });
    await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } });
    await record(() => changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } }));
    const final = await db.finalVerdict.findUniqueOrThrow({ where: { claimId: first.id }, select: { id: true } });
    return [
      { action: 'final_verdict.saved', entityType: 'final_verdict', entityId: final.id, reportId, sentenceId: first.sentenceId, actorId: editor.id, before: 'null' },
      { action: 'report.status_changed', entityType: 'report', entityId: reportId, reportId, actorId: editor.id },
    ];
  }),
  auditCase('lib/workflow/change-report-status.ts#changeReportStatus', 'an editor reopens an approved report, giving the reason', ['report.reopened'], async ({ record, report }) => {
    const { editor, reportId } = await report();
    for (const status of ['in_adjudication', 'approved']) await changeReportStatus({ actor: editor.actor, input: { reportId, status } });
    const reason = 'The outlet published a correction';
    await record(() => changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_review', reason } }));
    return [{ action: 'report.reopened', entityType: 'report', entityId: reportId, reportId, actorId: editor.id, reason }];
  }),
];
