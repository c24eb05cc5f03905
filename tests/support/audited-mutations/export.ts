import { exportAuditEvents } from '@/lib/audit-history/export-audit-events';
import { db } from '@/lib/db';
import { restoreExport } from '@/lib/export/restore-export';
import { saveVerdict } from '@/lib/review/save-verdict';
import type { ExportDocument } from '@/lib/validations/export-document';
import { uniqueEmail } from '../factories';
import { bodyText, exportBody } from '../reviewed-reports';
import { auditCase, singleSource, type AuditCase } from './case-kit';
import { emptyReportTables } from '../empty-report-tables';

// Exports, audit-history downloads and restores.
export const exportCases: AuditCase[] = [
  auditCase('lib/export/export-verdicts.ts#exportVerdicts', "an editor downloads a report's verdicts", ['export.downloaded'], async ({ record, report }) => {
    const { editor, reportId } = await report();
    await record(() => exportBody(editor.actor, { format: 'csv', scope: 'all', reportId }));
    return [{ action: 'export.downloaded', entityType: 'export', entityId: reportId, reportId, actorId: editor.id }];
  }),
  auditCase('lib/audit-history/export-audit-events.ts#exportAuditEvents', "an editor downloads one report's audit history", ['audit.exported'], async ({ record, report }) => {
    const { editor, reportId } = await report();
    await record(async () => {
      const exported = await exportAuditEvents({ actor: editor.actor, input: { format: 'json', reportId } });
      await new Response(exported.body).text();
    });
    return [{ action: 'audit.exported', entityType: 'audit', entityId: 'history', reportId, actorId: editor.id }];
  }),
  auditCase('lib/export/restore-export.ts#restoreExport', 'an admin restores an export into a server without reports, making the accounts it lacks', ['user.created', 'report.restored'], async ({ record, report }) => {
    const { admin, editor, alice, reportId, first } = await report();
    await saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource } });
    const document = JSON.parse(bodyText((await exportBody(editor.actor, { format: 'json', scope: 'all', reportId })).bytes)) as ExportDocument;
    const visitor = { name: 'Visiting Reviewer', email: uniqueEmail('visitor') };
    for (const verdict of document.reports.flatMap((exported) => exported.sentences.flatMap((sentence) => sentence.claims.flatMap((claim) => claim.verdicts ?? [])))) {
      verdict.reviewer = visitor;
    }
    // Restoring needs a server without reports: every case imports its own, so none needs these.
    await emptyReportTables();
    await record(() => restoreExport({ actor: admin.actor, input: document }));
    const restoredVisitor = await db.user.findUniqueOrThrow({ where: { email: visitor.email }, select: { id: true } });
    return [
      { action: 'user.created', entityType: 'user', entityId: restoredVisitor.id, actorId: admin.id },
      { action: 'report.restored', entityType: 'report', entityId: reportId, reportId, actorId: admin.id },
    ];
  }),
];
