import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TEvidence, VerdictLabel } from '@/lib/validations/verdict';
import { independentSupportMessage, loadIndependentSupport, type SupportEvidence } from './independent-support';

/**
 * Refuses a corroborated verdict (a reviewer's or a final one) none of whose supporting evidence
 * is independent of the claim's report, on `evidence`. Other labels cost nothing; a corroborated
 * one costs a few queries whatever the number of links. Runs after `checkEvidenceSentences`.
 */
export async function assertIndependentSupport(tx: DbTransaction, claimReportId: string, { label, evidence }: { label: VerdictLabel; evidence: TEvidence[] }): Promise<void> {
  if (label !== 'corroborated') return;
  const sentenceIds = evidence.flatMap((link) => ('sentenceId' in link ? [link.sentenceId] : []));
  const report = await tx.report.findUnique({ where: { id: claimReportId }, select: { id: true, outlet: true, url: true, syndicatedCopyUrl: true } });
  if (!report) return;
  const sentences = sentenceIds.length > 0 ? await tx.sentence.findMany({ where: { id: { in: sentenceIds } }, select: { id: true, reportId: true, report: { select: { outlet: true } } } }) : [];
  const sentenceById = new Map(sentences.map((sentence) => [sentence.id, sentence]));
  const links = evidence.flatMap((link): SupportEvidence[] => {
    if (!('sentenceId' in link)) return [{ relation: link.relation, url: link.url }];
    const sentence = sentenceById.get(link.sentenceId);
    return sentence ? [{ relation: link.relation, reportId: sentence.reportId, outlet: sentence.report.outlet }] : [];
  });
  const support = (await loadIndependentSupport(tx, [{ key: 'claim', report, evidence: links }])).get('claim');
  if (support && !support.isIndependent) throw new AppError('invalid', independentSupportMessage(report.outlet, support), 'evidence');
}
