import { db } from '@/lib/db';
import { saveVerdict } from '@/lib/review/save-verdict';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { completeReview } from '@/lib/workflow/complete-review';
import { reopenReview } from '@/lib/workflow/reopen-review';
import { unassignReviewer } from '@/lib/workflow/unassign-reviewer';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';
import { people, reportToReview, singleSource, type AuditCase } from './case-kit';

// Assignments, completed reviews, review settings and report status.
export const workflowCases: AuditCase[] = [
  {
    mutation: 'lib/workflow/assign-reviewer.ts#assignReviewer',
    behaviour: 'an editor assigns a reviewer to a report',
    actions: ['assignment.added'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId } = await reportToReview(editor);
      await record(() => assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: alice.id } }));
      return [{ action: 'assignment.added', entityType: 'assignment', entityId: `${reportId}/${alice.id}`, reportId, actorId: editor.id }];
    },
  },
  {
    mutation: 'lib/workflow/unassign-reviewer.ts#unassignReviewer',
    behaviour: "an editor takes a report off a reviewer's list",
    actions: ['assignment.removed'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId } = await reportToReview(editor);
      await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: alice.id } });
      await record(() => unassignReviewer({ actor: editor.actor, input: { reportId, reviewerId: alice.id } }));
      return [{ action: 'assignment.removed', entityType: 'assignment', entityId: `${reportId}/${alice.id}`, reportId, actorId: editor.id }];
    },
  },
  {
    mutation: 'lib/workflow/complete-review.ts#completeReview',
    behaviour: 'a reviewer marks their review complete',
    actions: ['review.completed'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId } = await reportToReview(editor);
      await record(() => completeReview({ actor: alice.actor, input: { reportId } }));
      return [{ action: 'review.completed', entityType: 'review_completion', entityId: `${reportId}/${alice.id}`, reportId, actorId: alice.id, before: 'null' }];
    },
  },
  {
    mutation: 'lib/workflow/complete-review.ts#completeReview',
    behaviour: 'a reviewer completes again after an editor reopened their review',
    actions: ['review.completed'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId } = await reportToReview(editor);
      await completeReview({ actor: alice.actor, input: { reportId } });
      await reopenReview({ actor: editor.actor, input: { reportId, reviewerId: alice.id, reason: 'A second source came in' } });
      await record(() => completeReview({ actor: alice.actor, input: { reportId } }));
      return [{ action: 'review.completed', entityType: 'review_completion', entityId: `${reportId}/${alice.id}`, reportId, actorId: alice.id, before: 'present' }];
    },
  },
  {
    mutation: 'lib/workflow/reopen-review.ts#reopenReview',
    behaviour: "an editor reopens a reviewer's completed review, giving the reason",
    actions: ['review.reopened'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId } = await reportToReview(editor);
      await completeReview({ actor: alice.actor, input: { reportId } });
      const reason = 'She found the council’s count';
      await record(() => reopenReview({ actor: editor.actor, input: { reportId, reviewerId: alice.id, reason } }));
      return [{ action: 'review.reopened', entityType: 'review_completion', entityId: `${reportId}/${alice.id}`, reportId, actorId: editor.id, reason }];
    },
  },
  {
    mutation: 'lib/workflow/update-review-settings.ts#updateReviewSettings',
    behaviour: 'an editor turns blind review off',
    actions: ['report.settings_changed'],
    run: async (record) => {
      const { editor } = await people();
      const { reportId } = await reportToReview(editor);
      await record(() => updateReviewSettings({ actor: editor.actor, input: { reportId, blindReview: false } }));
      return [{ action: 'report.settings_changed', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
    },
  },
  {
    mutation: 'lib/workflow/change-report-status.ts#changeReportStatus',
    behaviour: 'an editor moves a report to adjudication',
    actions: ['report.status_changed'],
    run: async (record) => {
      const { editor } = await people();
      const { reportId } = await reportToReview(editor);
      await record(() => changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } }));
      return [{ action: 'report.status_changed', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
    },
  },
  {
    mutation: 'lib/workflow/change-report-status.ts#changeReportStatus',
    behaviour: 'approval gives the claims the reviewers agree on their final verdict',
    actions: ['final_verdict.saved', 'report.status_changed'],
    run: async (record) => {
      const { editor, alice, bob } = await people();
      const { reportId, first } = await reportToReview(editor);
      for (const reviewer of [alice, bob]) await saveVerdict({ actor: reviewer.actor, input: { claimId: first.id, ...singleSource } });
      await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } });
      await record(() => changeReportStatus({ actor: editor.actor, input: { reportId, status: 'approved' } }));
      const final = await db.finalVerdict.findUniqueOrThrow({ where: { claimId: first.id }, select: { id: true } });
      return [
        { action: 'final_verdict.saved', entityType: 'final_verdict', entityId: final.id, reportId, sentenceId: first.sentenceId, actorId: editor.id, before: 'null' },
        { action: 'report.status_changed', entityType: 'report', entityId: reportId, reportId, actorId: editor.id },
      ];
    },
  },
  {
    mutation: 'lib/workflow/change-report-status.ts#changeReportStatus',
    behaviour: 'an editor reopens an approved report, giving the reason',
    actions: ['report.reopened'],
    run: async (record) => {
      const { editor } = await people();
      const { reportId } = await reportToReview(editor);
      for (const status of ['in_adjudication', 'approved']) await changeReportStatus({ actor: editor.actor, input: { reportId, status } });
      const reason = 'The outlet published a correction';
      await record(() => changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_review', reason } }));
      return [{ action: 'report.reopened', entityType: 'report', entityId: reportId, reportId, actorId: editor.id, reason }];
    },
  },
];
