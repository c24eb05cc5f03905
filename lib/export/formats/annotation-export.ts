import type { ExportEvidence, ExportReportFields } from '@/lib/validations/export-document';
import { claimLink } from '../claim-link';
import type { ExportClaimRow, ExportContext, ExportEvent } from '../export-events';
import { describeEvidence } from '../describe-evidence';
import { openJsonObject } from '../open-json-object';
import { supportCaveat } from '../support-caveat';
import { verdictRows, type VerdictRow } from '../verdict-rows';

const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

/** Where the text the selectors index into can be read: the report as stored, not the web page. */
export function reportTextUrl(origin: string, reportId: string): string {
  return `${origin}/api/v1/reports/${reportId}/text`;
}

function evidenceBodies(link: ExportEvidence) {
  const description = { type: 'TextualBody', purpose: 'describing', value: describeEvidence(link), format: 'text/plain' };
  if (link.kind === 'sentence') return [description];
  return [description, { type: 'SpecificResource', purpose: 'linking', source: link.url }];
}

/**
 * The claim in the review server, identifying what the target is: the page opens on its sentence
 * with the claim chosen, labelled with the sentence's number there (none for a line not for review).
 */
function claimBody(report: ExportReportFields, claim: ExportClaimRow, sentenceNumber: number | null, context: ExportContext) {
  return { type: 'SpecificResource', purpose: 'identifying', source: claimLink(context.origin, report.id, claim.id), ...(sentenceNumber === null ? {} : { label: `sentence ${sentenceNumber}` }) };
}

/**
 * A W3C Web Annotation of one verdict: the label as a classifying body, the note as a commenting
 * one, the claim in the review server as an identifying one, each evidence link described; the
 * target is the claim in the report's stored text, by quote and by position (the selectors index
 * into that text, not into the review page).
 */
export function verdictAnnotation(report: ExportReportFields, claim: ExportClaimRow, sentenceNumber: number | null, row: Exclude<VerdictRow, { kind: 'none' }>, context: ExportContext) {
  const { verdict } = row;
  const creator = row.kind === 'final' ? row.verdict.decidedBy : row.verdict.reviewer;
  const caveat = row.kind === 'final' ? supportCaveat(row.verdict) : null;
  return {
    '@context': annotationContext,
    id: `urn:uuid:${verdict.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: verdict.createdAt,
    modified: verdict.updatedAt,
    creator: { type: 'Person', name: creator.name },
    generator: { id: context.origin, type: 'Software', name: 'Fact-check review server' },
    generated: context.exportedAt,
    body: [
      { type: 'TextualBody', purpose: 'classifying', value: verdict.label, format: 'text/plain' },
      ...(verdict.note ? [{ type: 'TextualBody', purpose: 'commenting', value: verdict.note, format: 'text/plain' }] : []),
      ...(caveat ? [{ type: 'TextualBody', purpose: 'questioning', value: caveat, format: 'text/plain' }] : []),
      claimBody(report, claim, sentenceNumber, context),
      ...verdict.evidence.flatMap(evidenceBodies),
    ],
    target: {
      type: 'SpecificResource',
      source: { id: reportTextUrl(context.origin, report.id), type: 'Text', format: 'text/plain' },
      ...(report.url ? { scope: report.url } : {}),
      selector: [
        { type: 'TextQuoteSelector', exact: claim.text, prefix: claim.prefix, suffix: claim.suffix },
        { type: 'TextPositionSelector', start: claim.start, end: claim.end },
      ],
    },
  };
}

/** An AnnotationCollection holding one annotation per verdict in scope, in a single embedded page. */
export async function* writeAnnotations(events: AsyncIterable<ExportEvent>, context: ExportContext): AsyncGenerator<string> {
  const collection = { '@context': annotationContext, id: context.requestUrl, type: 'AnnotationCollection', label: `Verdicts (${context.scope === 'final' ? 'final verdicts' : 'every verdict'}) exported ${context.exportedAt}` };
  const page = { id: `${context.requestUrl}#page-1`, type: 'AnnotationPage', startIndex: 0 };
  yield `${openJsonObject(collection)},"first":${openJsonObject(page)},"items":[`;
  let total = 0;
  for await (const event of events) {
    if (event.kind !== 'sentences') continue;
    const annotations = event.sentences.flatMap((sentence) =>
      sentence.claims.flatMap((claim) =>
        verdictRows(claim, context.scope).flatMap((row) => (row.kind === 'none' ? [] : [JSON.stringify(verdictAnnotation(event.report, claim, sentence.sentenceNumber, row, context))])),
      ),
    );
    if (annotations.length === 0) continue;
    yield `${total === 0 ? '' : ','}\n${annotations.join(',\n')}`;
    total += annotations.length;
  }
  yield `\n]},"total":${total}}\n`;
}
