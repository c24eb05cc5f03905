import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';
import { reviseReport } from '@/lib/reports/revise-report';
import { auditCase, importReportToReview, type AuditCase } from './case-kit';

// Importing and revising reports, and the kinds of their sentences.
export const reportCases: AuditCase[] = [
  auditCase('lib/reports/import-report.ts#importReport', 'an editor imports a report', ['report.imported'], async ({ record, people }) => {
    const { editor } = await people();
    const { reportId } = await record(() => importReportToReview(editor));
    return [{ action: 'report.imported', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
  }),
  auditCase('lib/reports/revise-report.ts#reviseReport', "an editor replaces a report's text with a corrected one", ['report.revised'], async ({ record, report }) => {
    const { editor, reportId, body } = await report();
    await record(() => reviseReport({ actor: editor.actor, input: { reportId, body: `${body} Rescue teams will stay until Friday.` } }));
    return [{ action: 'report.revised', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
  }),
  auditCase('lib/reports/change-sentence-kind.ts#changeSentenceKind', 'an editor marks a sentence as a caption', ['sentence.kind_changed'], async ({ record, report }) => {
    const { editor, reportId, second } = await report();
    await record(() => changeSentenceKind({ actor: editor.actor, input: { sentenceId: second.sentenceId, kind: 'caption' } }));
    return [{ action: 'sentence.kind_changed', entityType: 'sentence', entityId: second.sentenceId, reportId, sentenceId: second.sentenceId, actorId: editor.id }];
  }),
];
