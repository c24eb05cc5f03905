import 'server-only';
import type { UserActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { sentenceKindLetters } from '@/lib/segmentation/sentence-kind';
import type { ReviewFilter } from '@/lib/validations/review-workspace';
import type { VerdictLabel } from '@/lib/validations/verdict';

type VerdictFact = { index: number; claim_id: string; label: VerdictLabel; mine: boolean };

/**
 * The shape of a report for its reviewer, without its text: every sentence's kind in order (one
 * letter each, by index: a report's current sentences are numbered 0…n-1), the indexes the filter keeps (null for all), which sentences the reviewer has
 * reviewed, and which hold a claim reviewers disagree on (where blind review lets them know).
 */
export async function loadReviewOutline(actor: UserActor, reportId: string, seesOthers: boolean, filter: ReviewFilter) {
  const [sentences, facts] = await Promise.all([
    db.sentence.findMany({ where: { reportId, orphanedAt: null }, orderBy: { index: 'asc' }, select: { index: true, kind: true } }),
    db.$queryRaw<VerdictFact[]>`
      SELECT s.index, v.claim_id::text AS claim_id, v.label::text AS label, v.reviewer_id = ${actor.id}::uuid AS mine
      FROM verdicts v
      JOIN claims c ON c.id = v.claim_id AND c.removed_at IS NULL AND c.orphaned_at IS NULL
      JOIN sentences s ON s.id = c.sentence_id AND s.orphaned_at IS NULL AND s.kind = 'body'
      WHERE s.report_id = ${reportId}::uuid AND (${seesOthers} OR v.reviewer_id = ${actor.id}::uuid)`,
  ]);
  const reviewed = new Set<number>();
  const myLabels = new Map<number, Set<VerdictLabel>>();
  const labelsByClaim = new Map<string, { index: number; labels: Set<VerdictLabel> }>();
  for (const fact of facts) {
    if (fact.mine) {
      reviewed.add(fact.index);
      myLabels.set(fact.index, (myLabels.get(fact.index) ?? new Set()).add(fact.label));
    }
    const claim = labelsByClaim.get(fact.claim_id) ?? { index: fact.index, labels: new Set() };
    labelsByClaim.set(fact.claim_id, { index: claim.index, labels: claim.labels.add(fact.label) });
  }
  const inConflict = new Set([...labelsByClaim.values()].flatMap((claim) => (claim.labels.size > 1 ? [claim.index] : [])));
  const forReview = sentences.filter((sentence) => sentence.kind === 'body');
  const keeps: Record<Exclude<ReviewFilter, 'all'>, (index: number) => boolean> = {
    unreviewed: (index) => !reviewed.has(index),
    conflict: (index) => inConflict.has(index),
    corroborated: (index) => myLabels.get(index)?.has('corroborated') ?? false,
    single_source: (index) => myLabels.get(index)?.has('single_source') ?? false,
    disputed: (index) => myLabels.get(index)?.has('disputed') ?? false,
  };
  return {
    kinds: sentences.map((sentence) => sentenceKindLetters[sentence.kind]).join(''),
    matching: filter === 'all' ? null : forReview.map((sentence) => sentence.index).filter(keeps[filter]),
    reviewed: [...reviewed].sort((a, b) => a - b),
    conflicts: [...inConflict].sort((a, b) => a - b),
    progress: { reviewed: reviewed.size, total: forReview.length },
  };
}

export type ReviewOutline = Awaited<ReturnType<typeof loadReviewOutline>>;
