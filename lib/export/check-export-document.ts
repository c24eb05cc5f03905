import { AppError } from '@/lib/errors';
import type { ExportDocument } from '@/lib/validations/export-document';

/**
 * What the schema cannot see: every sentence and claim must quote the report body at its offsets,
 * and every evidence sentence must be a sentence of this document. Throws `invalid` naming the
 * first field at fault.
 */
export function checkExportDocument(document: ExportDocument): void {
  const sentenceIds = new Set(document.reports.flatMap((report) => report.sentences.map((sentence) => sentence.id)));
  document.reports.forEach((report, reportIndex) => {
    report.sentences.forEach((sentence, sentenceIndex) => {
      const sentencePath = `reports.${reportIndex}.sentences.${sentenceIndex}`;
      if (report.body.slice(sentence.start, sentence.end) !== sentence.text) {
        throw new AppError('invalid', 'The sentence text does not match the report body at its start and end', `${sentencePath}.text`);
      }
      sentence.claims.forEach((claim, claimIndex) => {
        const claimPath = `${sentencePath}.claims.${claimIndex}`;
        if (report.body.slice(claim.start, claim.end) !== claim.text) {
          throw new AppError('invalid', 'The claim text does not match the report body at its start and end', `${claimPath}.text`);
        }
        const verdicts = [
          ...(claim.finalVerdict ? [{ path: `${claimPath}.finalVerdict`, verdict: claim.finalVerdict }] : []),
          ...(claim.verdicts ?? []).map((verdict, index) => ({ path: `${claimPath}.verdicts.${index}`, verdict })),
        ];
        for (const { path, verdict } of verdicts) {
          verdict.evidence.forEach((link, linkIndex) => {
            if (link.kind === 'sentence' && !sentenceIds.has(link.sentenceId)) {
              throw new AppError('invalid', 'Evidence names a sentence that is not in this export: export all reports to keep links between them', `${path}.evidence.${linkIndex}.sentenceId`);
            }
          });
        }
      });
    });
  });
}
