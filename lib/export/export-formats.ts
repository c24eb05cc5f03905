import type { ExportFormat } from '@/lib/validations/export-document';
import type { ExportContext, ExportEvent } from './export-events';
import type { ReportSummary } from './export-summary';
import { writeAnnotations } from './formats/annotation-export';
import { writeClaimReviews } from './formats/claimreview-export';
import { writeCsv } from './formats/csv-export';
import { writeHtml } from './formats/html-export';
import { writeJson } from './formats/json-export';
import { writePdf } from './formats/pdf-export';

export type ExportOptions = { bom: boolean; summary: ReportSummary[] };

type FormatWriter = {
  extension: string;
  contentType: string;
  /** Whether the writer opens with the summary figures (read before the rows). */
  needsSummary: boolean;
  write: (events: AsyncIterable<ExportEvent>, context: ExportContext, options: ExportOptions) => AsyncIterable<string | Uint8Array>;
};

export const exportFormatWriters: Record<ExportFormat, FormatWriter> = {
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8', needsSummary: false, write: writeCsv },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8', needsSummary: false, write: writeJson },
  claimreview: { extension: 'claimreview.jsonld', contentType: 'application/ld+json; charset=utf-8', needsSummary: false, write: writeClaimReviews },
  annotations: {
    extension: 'annotations.jsonld',
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    needsSummary: false,
    write: writeAnnotations,
  },
  html: { extension: 'html', contentType: 'text/html; charset=utf-8', needsSummary: true, write: writeHtml },
  pdf: { extension: 'pdf', contentType: 'application/pdf', needsSummary: true, write: writePdf },
};

export const exportFormatNames: Record<ExportFormat, string> = {
  csv: 'CSV (spreadsheets)',
  json: 'JSON (the full record; can be restored)',
  claimreview: 'ClaimReview JSON-LD (search engines; final verdicts only)',
  annotations: 'W3C Web Annotations JSON-LD (annotation tools)',
  html: 'HTML verdict report (to read or print)',
  pdf: 'PDF verdict report',
};
