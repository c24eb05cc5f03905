'use server';

import { serverAction } from '@/lib/http/server-action';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';
import { deleteReport } from '@/lib/reports/delete-report';
import { importReport } from '@/lib/reports/import-report';
import { readPageMetadata } from '@/lib/reports/read-page-metadata';
import { importReportFromUrl } from '@/lib/reports/import-report-from-url';
import { reviseReport } from '@/lib/reports/revise-report';

const reportPage = { revalidate: [['/reports/[reportId]', 'page']] } as const;

export const importReportAction = serverAction(
  async (call) => {
    const report = await importReport(call);
    return { reportId: report.id };
  },
  { revalidate: [['/']] },
);

// Reads an uploaded page for the import form; nothing changes, so nothing to revalidate.
export const readPageMetadataAction = serverAction(readPageMetadata);
export const importReportFromUrlAction = serverAction(
  async (call) => {
    const report = await importReportFromUrl(call);
    return { reportId: report.id };
  },
  { revalidate: [['/']] },
);

export const reviseReportAction = serverAction(reviseReport, reportPage);

export const changeSentenceKindAction = serverAction(changeSentenceKind, reportPage);

// The deleted report's page is gone: the lists that showed it are refreshed.
export const deleteReportAction = serverAction(deleteReport, { revalidate: [['/', 'layout']] });
