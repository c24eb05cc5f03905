import type { ExportEvidence } from '@/lib/validations/export-document';

/** One line a reader understands: "supports: Reuters, sentence 12: “…”" or "contradicts: https://… “…”". */
export function describeEvidence(link: ExportEvidence): string {
  if (link.kind === 'sentence') return `${link.relation}: ${link.outlet}, sentence ${link.sentenceIndex + 1}: “${link.text}”`;
  return link.quote ? `${link.relation}: ${link.url} “${link.quote}”` : `${link.relation}: ${link.url}`;
}
