import 'server-only';
import { db, type Db } from '@/lib/db';
import type { ExportScope, ExportReportFields } from '@/lib/validations/export-document';
import type { ExportEvent, ExportSentenceRow } from './export-events';
import { loadSentenceBatch } from './load-sentence-batch';

// Enough sentences per query to keep round trips few, few enough that a batch stays small.
const sentencesPerBatch = 250;

const reportFieldsSelect = {
  id: true,
  slug: true,
  outlet: true,
  title: true,
  url: true,
  syndicatedCopyUrl: true,
  publishedOn: true,
  creditsInText: true,
  notes: true,
  revision: true,
  createdAt: true,
  status: true,
  blindReview: true,
  adjudicateSingleVerdicts: true,
  body: true,
} as const;

/** The reports to export, oldest first: one, or every report. */
export async function listExportReports(reportId?: string, client: Db = db): Promise<{ id: string; slug: string }[]> {
  return client.report.findMany({
    where: reportId ? { id: reportId } : {},
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true },
  });
}

/**
 * Reads the reports' current sentences, claims and verdicts in keyset batches (sentence index
 * after the last one read), one query round per batch and only when the consumer asks for more:
 * memory stays flat however large the export, and no connection is held between batches. Each
 * sentence for review carries the number the review workspace shows it by.
 */
export async function* readExportEvents(reportIds: string[], scope: ExportScope, client: Db): AsyncGenerator<ExportEvent> {
  for (const reportId of reportIds) {
    const stored = await client.report.findUnique({ where: { id: reportId }, select: reportFieldsSelect });
    if (!stored) continue;
    const { createdAt, body, ...fields } = stored;
    const report: ExportReportFields = {
      ...fields,
      publishedOn: fields.publishedOn?.toISOString().slice(0, 10) ?? null,
      importedAt: createdAt.toISOString(),
      body,
    };
    yield { kind: 'report-start', report };
    let afterIndex = -1;
    let sentencesForReview = 0;
    for (;;) {
      const batch = await loadSentenceBatch({ client, report: stored, afterIndex, limit: sentencesPerBatch, scope });
      // Numbered as the review workspace numbers them: sentences for review 1, 2, … in report order.
      const sentences = batch.map(({ id, index, ...sentence }): ExportSentenceRow => ({
        id,
        index,
        sentenceNumber: sentence.kind === 'body' ? (sentencesForReview += 1) : null,
        ...sentence,
      }));
      if (sentences.length > 0) yield { kind: 'sentences', report, sentences };
      if (sentences.length < sentencesPerBatch) break;
      afterIndex = sentences[sentences.length - 1]?.index ?? afterIndex;
    }
    yield { kind: 'report-end', report };
  }
}
