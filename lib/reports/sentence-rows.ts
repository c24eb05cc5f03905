import { quoteAnchor } from '@/lib/segmentation/quote-anchor';
import type { SentenceSpan } from '@/lib/segmentation/sentence-kind';

/** Rows for new sentences of a report revision, anchored by position and by quote. */
export function sentenceRows(reportId: string, revision: number, body: string, spans: SentenceSpan[]) {
  return spans.map((span) => {
    const { prefix, suffix } = quoteAnchor(body, span.start, span.end);
    return {
      reportId,
      revision,
      index: span.index,
      start: span.start,
      end: span.end,
      text: span.text,
      prefix,
      suffix,
      kind: span.kind,
      detectedKind: span.kind,
    };
  });
}
