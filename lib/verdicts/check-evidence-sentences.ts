import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TEvidence } from '@/lib/validations/verdict';

/**
 * Evidence sentences must exist, be current, and belong to another report than the claim's. Gives
 * each one's report, for the rules that read it.
 */
export async function checkEvidenceSentences(tx: DbTransaction, claimReportId: string, evidence: TEvidence[]): Promise<Map<string, string>> {
  const ids = evidence.flatMap((link) => ('sentenceId' in link ? [link.sentenceId] : []));
  if (ids.length === 0) return new Map();
  const sentences = await tx.sentence.findMany({ where: { id: { in: ids } }, select: { id: true, reportId: true, orphanedAt: true } });
  const byId = new Map(sentences.map((sentence) => [sentence.id, sentence]));
  evidence.forEach((link, index) => {
    if (!('sentenceId' in link)) return;
    const sentence = byId.get(link.sentenceId);
    const field = `evidence.${index}.sentenceId`;
    if (!sentence || sentence.orphanedAt) throw new AppError('invalid', 'Evidence points at a sentence that does not exist (any more)', field);
    if (sentence.reportId === claimReportId) throw new AppError('invalid', 'Evidence must be a sentence of another report, not of the claim’s own report', field);
  });
  return new Map(sentences.map((sentence) => [sentence.id, sentence.reportId]));
}
