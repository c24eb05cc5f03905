import { exportDocumentFormat, exportSchemaPath, type ExportSentence } from '@/lib/validations/export-document';
import type { ExportContext, ExportEvent, ExportSentenceRow } from '../export-events';
import { openJsonObject } from '../open-json-object';

/** The sentence as the document has it: the reviewers' names are for tables, not the document. */
function documentSentence(sentence: ExportSentenceRow): ExportSentence {
  return { ...sentence, claims: sentence.claims.map(({ reviewerNames: _reviewerNames, ...claim }) => claim) };
}

/**
 * The nested document (see public/schemas/verdict-export.schema.json), written as it is read:
 * the document and each report are opened, their sentences appended batch by batch, then closed.
 */
export async function* writeJson(events: AsyncIterable<ExportEvent>, context: ExportContext): AsyncGenerator<string> {
  const header = { $schema: `${context.origin}${exportSchemaPath}`, format: exportDocumentFormat, formatVersion: 1, scope: context.scope, exportedAt: context.exportedAt };
  yield `${openJsonObject(header)},"reports":[`;
  let isFirstReport = true;
  let isFirstSentence = true;
  for await (const event of events) {
    if (event.kind === 'report-start') {
      yield `${isFirstReport ? '' : ','}\n${openJsonObject(event.report)},"sentences":[`;
      isFirstReport = false;
      isFirstSentence = true;
    } else if (event.kind === 'sentences') {
      const sentences = event.sentences.map((sentence) => JSON.stringify(documentSentence(sentence)));
      yield `${isFirstSentence ? '' : ','}\n${sentences.join(',\n')}`;
      isFirstSentence = false;
    } else {
      yield ']}';
    }
  }
  yield '\n]}\n';
}
