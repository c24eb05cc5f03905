import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { loadIndependence } from '@/lib/stories/load-independence';
import type { TEvidence, VerdictLabel } from '@/lib/validations/verdict';
import { independentSupportMessage, loadIndependentSupport, type SupportEvidence } from './independent-support';

/**
 * Refuses a corroborated verdict (a reviewer's or a final one) none of whose supporting evidence
 * is independent of the claim's report, on `evidence`, saying why. Other labels cost nothing. A
 * supporting sentence of an independent report (the usual case) costs one lookup of independence;
 * only outside pages and refusals read the reports' addresses and names. `sentenceReports` is the
 * report of each evidence sentence, from `checkEvidenceSentences`.
 */
export async function assertIndependentSupport(
  tx: DbTransaction,
  claimReportId: string,
  { label, evidence }: { label: VerdictLabel; evidence: TEvidence[] },
  sentenceReports: ReadonlyMap<string, string>,
): Promise<void> {
  if (label !== 'corroborated') return;
  const supporting = evidence.filter((link) => link.relation === 'supports');
  const supportingReports = supporting.flatMap((link) => ('sentenceId' in link ? (sentenceReports.get(link.sentenceId) ?? []) : []));
  if (supportingReports.length > 0) {
    const independence = await loadIndependence(tx, claimReportId, supportingReports);
    if (supportingReports.some((reportId) => independence.get(reportId)?.independent)) return;
  }

  const report = await tx.report.findUnique({ where: { id: claimReportId }, select: { id: true, outlet: true, url: true, syndicatedCopyUrl: true } });
  if (!report) return;
  const outlets = new Map(
    (await tx.report.findMany({ where: { id: { in: [...new Set(supportingReports)] } }, select: { id: true, outlet: true } })).map((other) => [other.id, other.outlet]),
  );
  const links = supporting.map((link): SupportEvidence => {
    if (!('sentenceId' in link)) return { relation: link.relation, url: link.url };
    const reportId = sentenceReports.get(link.sentenceId) ?? '';
    return { relation: link.relation, reportId, outlet: outlets.get(reportId) ?? 'another report' };
  });
  const support = (await loadIndependentSupport(tx, [{ key: 'claim', report, evidence: links }])).get('claim');
  if (support && !support.isIndependent) throw new AppError('invalid', independentSupportMessage(report.outlet, support), 'evidence');
}
