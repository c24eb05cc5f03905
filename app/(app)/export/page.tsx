import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExportForm } from '@/components/export/export-form';
import { getActor } from '@/lib/auth/get-actor';
import { canExportVerdicts } from '@/lib/permissions';
import { exportFormatNames } from '@/lib/export/export-formats';
import { listReports } from '@/lib/reports/list-reports';
import { reportLabel } from '@/lib/format/report-name';
import { exportFormats } from '@/lib/validations/export-document';

export const metadata: Metadata = { title: 'Export verdicts' };

export default async function ExportPage({ searchParams }: { searchParams: Promise<{ reportId?: string }> }) {
  const actor = await getActor();
  if (!actor || !canExportVerdicts(actor)) notFound();
  const [{ items }, { reportId }] = await Promise.all([listReports({ actor, input: { limit: 200, archived: 'include' } }), searchParams]);
  const reports = items.map((report) => ({ id: report.id, name: `${reportLabel(report)}${report.archivedAt ? ' · archived' : ''}` }));
  return (
    <>
      <h1>Export verdicts</h1>
      <p className="hint">
        Spreadsheets, partners’ tools, search engines and archives each take their own format. Every export is recorded in the audit history.
      </p>
      <ExportForm
        reports={reports}
        formats={exportFormats.map((format) => ({ value: format, name: exportFormatNames[format] }))}
        initialReportId={reports.some((report) => report.id === reportId) ? (reportId ?? '') : ''}
      />
    </>
  );
}
