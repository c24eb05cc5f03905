'use server';

import { serverAction } from '@/lib/http/server-action';
import { archiveReport } from '@/lib/reports/archive-report';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';
import { deleteReport } from '@/lib/reports/delete-report';
import { dismissOrphans } from '@/lib/reports/dismiss-orphans';
import { importReport } from '@/lib/reports/import-report';
import { readPdfText } from '@/lib/reports/read-pdf-text';
import { importReportFromUrl } from '@/lib/reports/import-report-from-url';
import { previewReportFromUrl } from '@/lib/reports/preview-report-from-url';
import { readPage } from '@/lib/reports/read-page';
import { reviseReport } from '@/lib/reports/revise-report';

const reportPage = { revalidate: [['/reports/[reportId]', 'page']] } as const;

export const importReportAction = serverAction(
  async (call) => {
    const report = await importReport(call);
    return { reportId: report.id };
  },
  { revalidate: [['/'], ['/stories', 'layout']] },
);

// These two read a page for the import form to show; nothing changes, so nothing to revalidate.
export const readPageAction = serverAction(readPage);
export const previewReportFromUrlAction = serverAction(previewReportFromUrl);
// An uploaded PDF's text, for the editor to check in the form before importing it.
export const readPdfTextAction = serverAction(readPdfText);
export const importReportFromUrlAction = serverAction(
  async (call) => {
    const report = await importReportFromUrl(call);
    return { reportId: report.id };
  },
  { revalidate: [['/'], ['/stories', 'layout']] },
);

export const reviseReportAction = serverAction(reviseReport, reportPage);

export const changeSentenceKindAction = serverAction(changeSentenceKind, reportPage);

export const dismissOrphansAction = serverAction(dismissOrphans, reportPage);

// The deleted report's page is gone: the lists that showed it are refreshed.
export const deleteReportAction = serverAction(deleteReport, { revalidate: [['/', 'layout']] });

// Archiving takes the report out of (or puts it back in) every list, and locks (or unlocks) its page.
export const archiveReportAction = serverAction(archiveReport, { revalidate: [['/', 'layout']] });
