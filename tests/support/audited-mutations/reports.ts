import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';
import { reviseReport } from '@/lib/reports/revise-report';
import { people, reportToReview, type AuditCase } from './case-kit';

// Importing and revising reports, and the kinds of their sentences.
export const reportCases: AuditCase[] = [
  {
    mutation: 'lib/reports/import-report.ts#importReport',
    behaviour: 'an editor imports a report',
    actions: ['report.imported'],
    run: async (record) => {
      const { editor } = await people();
      const report = await record(() => reportToReview(editor));
      return [{ action: 'report.imported', entityType: 'report', entityId: report.reportId, reportId: report.reportId, actorId: editor.id }];
    },
  },
  {
    mutation: 'lib/reports/revise-report.ts#reviseReport',
    behaviour: "an editor replaces a report's text with a corrected one",
    actions: ['report.revised'],
    run: async (record) => {
      const { editor } = await people();
      const { reportId, body } = await reportToReview(editor);
      await record(() => reviseReport({ actor: editor.actor, input: { reportId, body: `${body} Rescue teams will stay until Friday.` } }));
      return [{ action: 'report.revised', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
    },
  },
  {
    mutation: 'lib/reports/change-sentence-kind.ts#changeSentenceKind',
    behaviour: 'an editor marks a sentence as a caption',
    actions: ['sentence.kind_changed'],
    run: async (record) => {
      const { editor } = await people();
      const { reportId, second } = await reportToReview(editor);
      await record(() => changeSentenceKind({ actor: editor.actor, input: { sentenceId: second.sentenceId, kind: 'caption' } }));
      return [{ action: 'sentence.kind_changed', entityType: 'sentence', entityId: second.sentenceId, reportId, sentenceId: second.sentenceId, actorId: editor.id }];
    },
  },
];
