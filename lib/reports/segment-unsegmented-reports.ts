import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { createDefaultClaims } from './create-default-claims';
import { recordSearchTerms } from './record-search-terms';
import { segmentReport } from '@/lib/segmentation/segment-report';
import { sentenceRows } from './sentence-rows';

/** Reports stored before sentences existed get theirs (a one-time catch-up after that migration). */
export async function segmentUnsegmentedReports(tx: DbTransaction): Promise<number> {
  const reports = await tx.report.findMany({ where: { sentences: { none: {} } }, select: { id: true, body: true, title: true, revision: true } });
  for (const report of reports) {
    const spans = segmentReport(report.body, { title: report.title });
    await tx.sentence.createMany({ data: sentenceRows(report.id, report.revision, report.body, spans) });
    await createDefaultClaims(tx, report.id);
    await recordSearchTerms(tx, spans.map((span) => span.text));
  }
  return reports.length;
}
