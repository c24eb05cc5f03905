import { randomUUID } from 'node:crypto';
import { archiveReport } from '@/lib/reports/archive-report';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';
import { deleteReport } from '@/lib/reports/delete-report';
import { dismissOrphans } from '@/lib/reports/dismiss-orphans';
import { importReport } from '@/lib/reports/import-report';
import { importReportFromUrl } from '@/lib/reports/import-report-from-url';
import { createStory } from '@/lib/stories/create-story';
import { reviseReport } from '@/lib/reports/revise-report';
import { page, startPageServer } from '../page-server';
import { auditCase, importReportToReview, type AuditCase } from './case-kit';

// Importing and revising reports, and the kinds of their sentences.
export const reportCases: AuditCase[] = [
  auditCase('lib/reports/import-report.ts#importReport', 'an editor imports a report', ['report.imported'], async ({ record, people }) => {
    const { editor } = await people();
    const { reportId } = await record(() => importReportToReview(editor));
    return [{ action: 'report.imported', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
  }),
  auditCase('lib/reports/import-report.ts#importReport', 'an editor imports a report into a story', ['report.imported', 'story.report_added'], async ({ record, people }) => {
    const { editor } = await people();
    const story = await createStory({ actor: editor.actor, input: { title: 'Marlow floods' } });
    const { id: reportId } = await record(() => importReport({ actor: editor.actor, input: { outlet: 'Marlow Mail', body: `Floods reach Marlow (${randomUUID()}).`, storyId: story.id } }));
    return [
      { action: 'report.imported', entityType: 'report', entityId: reportId, reportId, actorId: editor.id },
      { action: 'story.report_added', entityType: 'story', entityId: story.id, reportId, actorId: editor.id },
    ];
  }),
  auditCase('lib/reports/import-report-from-url.ts#importReportFromUrl', 'an editor imports a report from a web page', ['report.imported'], async ({ record, people }) => {
    const { editor } = await people();
    const pages = await startPageServer({ '/story': page(`<html><body><p>Floods reach Marlow (${randomUUID()}). Rescue teams arrived.</p></body></html>`) });
    process.env.FACTCHECK_FETCH_ALLOWED_HOSTS = '127.0.0.1';
    try {
      const { id: reportId } = await record(() => importReportFromUrl({ actor: editor.actor, input: { url: pages.url('/story') } }));
      return [{ action: 'report.imported', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
    } finally {
      delete process.env.FACTCHECK_FETCH_ALLOWED_HOSTS;
      await pages.stop();
    }
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
  auditCase('lib/reports/delete-report.ts#deleteReport', 'an editor deletes a report nobody has given a verdict', ['report.deleted'], async ({ record, report }) => {
    const { editor, reportId } = await report();
    await record(() => deleteReport({ actor: editor.actor, input: { reportId, reason: 'Imported twice' } }));
    return [{ action: 'report.deleted', entityType: 'report', entityId: reportId, reportId, actorId: editor.id, reason: 'Imported twice' }];
  }),
  auditCase('lib/reports/archive-report.ts#archiveReport', 'an editor archives a report', ['report.archived'], async ({ record, report }) => {
    const { editor, reportId } = await report();
    await record(() => archiveReport({ actor: editor.actor, input: { reportId, archived: true, reason: 'Duplicate of the wire copy' } }));
    return [{ action: 'report.archived', entityType: 'report', entityId: reportId, reportId, actorId: editor.id, reason: 'Duplicate of the wire copy' }];
  }),
  auditCase('lib/reports/archive-report.ts#archiveReport', 'an editor brings a report back from the archive', ['report.unarchived'], async ({ record, report }) => {
    const { editor, reportId } = await report();
    await archiveReport({ actor: editor.actor, input: { reportId, archived: true } });
    await record(() => archiveReport({ actor: editor.actor, input: { reportId, archived: false } }));
    return [{ action: 'report.unarchived', entityType: 'report', entityId: reportId, reportId, actorId: editor.id }];
  }),
  auditCase('lib/reports/dismiss-orphans.ts#dismissOrphans', 'an editor dismisses what a corrected version orphaned', ['report.orphans_dismissed'], async ({ record, report }) => {
    const { editor, reportId, body } = await report();
    await reviseReport({ actor: editor.actor, input: { reportId, body: body.replace(/ The mayor expects .*$/, '') } });
    await record(() => dismissOrphans({ actor: editor.actor, input: { reportId, all: true, reason: 'Cut from the article' } }));
    return [{ action: 'report.orphans_dismissed', entityType: 'report', entityId: reportId, reportId, actorId: editor.id, reason: 'Cut from the article' }];
  }),
];
