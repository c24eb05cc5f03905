import type { ExportEvidence } from '@/lib/validations/export-document';

/**
 * One line a reader understands: "supports: Reuters, sentence 12: “…”" or "contradicts: https://… “…”".
 * A sentence is named as the review workspace names it: "sentence N" for a sentence for review,
 * else "line N" of its report.
 */
export function describeEvidence(link: ExportEvidence): string {
  if (link.kind === 'sentence') {
    const place = link.sentenceNumber ? `sentence ${link.sentenceNumber}` : `line ${link.sentenceIndex + 1}`;
    return `${link.relation}: ${link.outlet}, ${place}: “${link.text}”`;
  }
  return link.quote ? `${link.relation}: ${link.url} “${link.quote}”` : `${link.relation}: ${link.url}`;
}
