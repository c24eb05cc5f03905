import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { quoteAnchor } from '@/lib/segmentation/quote-anchor';
import { reanchorClaim } from './reanchor-claim';
import type { MovedSentence } from './update-sentence-anchors';

type Context = { reportId: string; revision: number; body: string; moved: MovedSentence[]; orphanedSentenceIds: string[]; now: Date };

/** Re-anchors the claims of a revised report inside their re-attached sentences; orphans the rest. */
export async function reanchorClaims(tx: DbTransaction, { reportId, revision, body, moved, orphanedSentenceIds, now }: Context) {
  const claims = await tx.claim.findMany({
    where: { reportId, orphanedAt: null, removedAt: null },
    select: { id: true, sentenceId: true, start: true, text: true, isDefault: true },
  });
  const movedById = new Map(moved.map((sentence) => [sentence.id, sentence]));
  const orphanedSentences = new Set(orphanedSentenceIds);
  const placed: { id: string; start: number; end: number; method: 'exact' | 'fuzzy' }[] = [];
  const orphaned: string[] = [];
  for (const claim of claims) {
    const sentence = movedById.get(claim.sentenceId);
    const isMoved = sentence !== undefined && !orphanedSentences.has(claim.sentenceId);
    // A default claim is the whole sentence, whatever the sentence now says.
    const span = !isMoved
      ? null
      : claim.isDefault
        ? { start: 0, end: sentence.span.text.length, method: sentence.method }
        : reanchorClaim(claim.text, claim.start - sentence.oldStart, sentence.span.text);
    if (sentence && span) placed.push({ id: claim.id, start: sentence.span.start + span.start, end: sentence.span.start + span.end, method: span.method });
    else orphaned.push(claim.id);
  }
  if (placed.length > 0) {
    const anchors = placed.map((claim) => quoteAnchor(body, claim.start, claim.end));
    await tx.$executeRaw`
      UPDATE claims AS c
      SET revision = ${revision}, start = v.start, "end" = v.end, text = v.text, prefix = v.prefix, suffix = v.suffix,
          reattached_by = v.method, updated_at = now()
      FROM unnest(
        ${placed.map((claim) => claim.id)}::uuid[], ${placed.map((claim) => claim.start)}::int[], ${placed.map((claim) => claim.end)}::int[],
        ${anchors.map((anchor) => anchor.exact)}::text[], ${anchors.map((anchor) => anchor.prefix)}::text[],
        ${anchors.map((anchor) => anchor.suffix)}::text[], ${placed.map((claim) => claim.method)}::text[]
      ) AS v(id, start, "end", text, prefix, suffix, method)
      WHERE c.id = v.id`;
  }
  await tx.claim.updateMany({ where: { id: { in: orphaned } }, data: { orphanedAt: now } });
  const count = (method: 'exact' | 'fuzzy') => placed.filter((claim) => claim.method === method).length;
  return { exact: count('exact'), fuzzy: count('fuzzy'), orphaned };
}
