import type { ExportClaim, ExportReportFields, ExportSentence } from '@/lib/validations/export-document';

/** A claim as exported, plus the names of the reviewers who gave it a verdict (for tables). */
export type ExportClaimRow = ExportClaim & { reviewerNames: string[] };
/** A sentence as exported, with the number the review workspace shows it by (null for a line not for review). */
export type ExportSentenceRow = Omit<ExportSentence, 'claims' | 'sentenceNumber'> & { sentenceNumber: number | null; claims: ExportClaimRow[] };

/**
 * What every export format is written from: each report opens, its sentences follow in batches in
 * reading order, and it closes. Formats consume these one at a time, so no format holds more than
 * one batch of sentences in memory.
 */
export type ExportEvent =
  | { kind: 'report-start'; report: ExportReportFields }
  | { kind: 'sentences'; report: ExportReportFields; sentences: ExportSentenceRow[] }
  | { kind: 'report-end'; report: ExportReportFields };

export type ExportContext = {
  scope: 'final' | 'all';
  exportedAt: string;
  /** The server's address, for links back to reports and claims. */
  origin: string;
  /** The address this export was requested at, used as the id of collections. */
  requestUrl: string;
};
