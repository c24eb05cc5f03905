import { stringify } from 'csv-stringify/sync';
import type { ExportContext, ExportEvent } from '../export-events';
import { describeEvidence } from '../describe-evidence';
import { neutralizeFormula } from '@/lib/format/neutralize-formula';
import { reportName } from '@/lib/format/report-name';
import { supportCaveat } from '../support-caveat';
import { verdictRows } from '../verdict-rows';

export const csvColumns = [
  'report',
  'outlet',
  'report_url',
  'sentence_number',
  'claim_id',
  'claim',
  'verdict',
  'label',
  'note',
  'evidence',
  'reviewers',
  'editor',
  'basis',
  'independent_support',
  'version',
  'created_at',
  'updated_at',
] as const;

type CsvRecord = Record<(typeof csvColumns)[number], string>;

function toCsv(records: CsvRecord[], { header, bom }: { header: boolean; bom: boolean }): string {
  return stringify(records, {
    header,
    bom,
    columns: [...csvColumns],
    record_delimiter: 'windows',
    // Quote a bare line feed too (notes, evidence lists), not only CRLF.
    quoted_match: /[\r\n]/,
    cast: { string: neutralizeFormula },
  });
}

/**
 * RFC 4180 CSV (CRLF line ends), one row per claim and verdict in scope, written batch by batch.
 * Cells a spreadsheet would run as a formula get a leading `'`. `sentence_number` is the number
 * the review workspace shows, empty for a claim on a line not for review.
 */
export async function* writeCsv(events: AsyncIterable<ExportEvent>, context: ExportContext, { bom }: { bom: boolean }): AsyncGenerator<string> {
  yield toCsv([], { header: true, bom });
  for await (const event of events) {
    if (event.kind !== 'sentences') continue;
    const { report } = event;
    const records: CsvRecord[] = [];
    for (const sentence of event.sentences) {
      for (const claim of sentence.claims) {
        for (const row of verdictRows(claim, context.scope)) {
          const verdict = row.verdict;
          records.push({
            report: reportName(report),
            outlet: report.outlet,
            report_url: report.url ?? '',
            sentence_number: sentence.sentenceNumber === null ? '' : String(sentence.sentenceNumber),
            claim_id: claim.id,
            claim: claim.text,
            verdict: row.kind === 'none' ? '' : row.kind,
            label: verdict?.label ?? '',
            note: verdict?.note ?? '',
            evidence: verdict?.evidence.map(describeEvidence).join('\n') ?? '',
            reviewers: row.kind === 'reviewer' ? row.verdict.reviewer.name : claim.reviewerNames.join('; '),
            editor: row.kind === 'final' ? row.verdict.decidedBy.name : '',
            basis: row.kind === 'final' ? row.verdict.basis : '',
            independent_support: row.kind === 'final' ? (supportCaveat(row.verdict) ?? (row.verdict.independentSupport ? 'yes' : '')) : '',
            version: verdict ? String(verdict.version) : '',
            created_at: verdict?.createdAt ?? '',
            updated_at: verdict?.updatedAt ?? '',
          });
        }
      }
    }
    yield toCsv(records, { header: false, bom: false });
  }
}
