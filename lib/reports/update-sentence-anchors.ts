import 'server-only';
import type { DbTransaction } from '@/lib/db';
import type { SentenceKind } from '@/lib/segmentation/sentence-kind';

export type MovedSentence = {
  id: string;
  oldStart: number;
  method: 'exact' | 'fuzzy';
  kind: SentenceKind;
  /** Where the sentence is in the new revision, with its new quote anchor and detected kind. */
  span: { index: number; start: number; end: number; kind: SentenceKind; text: string; prefix: string; suffix: string };
};

/** Moves re-attached sentences to their place in a new revision, in one statement. */
export async function updateSentenceAnchors(tx: DbTransaction, revision: number, moved: MovedSentence[]): Promise<void> {
  if (moved.length === 0) return;
  const column = <T>(pick: (sentence: MovedSentence) => T) => moved.map(pick);
  await tx.$executeRaw`
    UPDATE sentences AS s
    SET revision = ${revision}, index = v.index, start = v.start, "end" = v.end, text = v.text, prefix = v.prefix,
        suffix = v.suffix, kind = v.kind::"SentenceKind", detected_kind = v.detected_kind::"SentenceKind",
        reattached_by = v.method, updated_at = now()
    FROM unnest(
      ${column((s) => s.id)}::uuid[], ${column((s) => s.span.index)}::int[], ${column((s) => s.span.start)}::int[],
      ${column((s) => s.span.end)}::int[], ${column((s) => s.span.text)}::text[], ${column((s) => s.span.prefix)}::text[],
      ${column((s) => s.span.suffix)}::text[], ${column((s) => s.kind)}::text[], ${column((s) => s.span.kind)}::text[],
      ${column((s) => s.method)}::text[]
    ) AS v(id, index, start, "end", text, prefix, suffix, kind, detected_kind, method)
    WHERE s.id = v.id`;
}
