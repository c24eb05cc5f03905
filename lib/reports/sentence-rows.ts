import { quoteAnchor } from '@/lib/segmentation/quote-anchor';
import type { Unit } from '@/lib/segmentation/unit-kind';

/** Rows for new sentences of a report revision, anchored by position and by quote. */
export function sentenceRows(reportId: string, revision: number, body: string, units: Unit[]) {
  return units.map((unit) => {
    const { prefix, suffix } = quoteAnchor(body, unit.start, unit.end);
    return {
      reportId,
      revision,
      index: unit.index,
      start: unit.start,
      end: unit.end,
      text: unit.text,
      prefix,
      suffix,
      kind: unit.kind,
      detectedKind: unit.kind,
    };
  });
}
