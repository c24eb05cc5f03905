import 'server-only';
import type { UserActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { sentenceSelect, visibleClaims } from '@/lib/reports/get-report';
import type { VerdictLabel } from '@/lib/validations/verdict';
import { finalVerdictSelect, finalVerdictShape, type FinalVerdictView } from '@/lib/verdicts/final-verdict-shape';
import { verdictSelect, verdictShape, type VerdictView } from '@/lib/verdicts/verdict-shape';

export type OthersVerdict = { reviewerName: string; label: VerdictLabel; note: string };
/** What the actor may see of a report (lib/reports/load-report-workflow.ts). */
type Visibility = { seesOthers: boolean; seesFinals: boolean };

/**
 * Some sentences of a report as their reviewer works on them: each with the claims the actor may
 * see, the actor's own verdicts on them, (where blind review allows) the other reviewers'
 * verdicts and which claims they disagree on, and (once they are published) their final verdicts.
 * A window of the workspace, never the whole report.
 */
export async function loadReviewWindow(actor: UserActor, reportId: string, { seesOthers, seesFinals }: Visibility, indexes: number[]) {
  if (indexes.length === 0) return { sentences: [], verdicts: {}, others: {}, conflicts: [], finals: {} };
  const stored = await db.sentence.findMany({
    where: { reportId, orphanedAt: null, index: { in: indexes } },
    orderBy: { index: 'asc' },
    select: sentenceSelect,
  });
  const sentences = stored.map(({ detectedKind: _detected, reattachedBy: _reattached, ...sentence }) => ({
    ...sentence,
    claims: visibleClaims(actor, sentence.claims, seesOthers),
  }));
  const claimIds = sentences.flatMap((sentence) => sentence.claims.map((claim) => claim.id));
  const [storedVerdicts, storedFinals] = await Promise.all([
    db.verdict.findMany({
      where: { claimId: { in: claimIds }, ...(seesOthers ? {} : { reviewerId: actor.id }) },
      orderBy: { createdAt: 'asc' },
      select: { ...verdictSelect, reviewer: { select: { name: true } } },
    }),
    seesFinals ? db.finalVerdict.findMany({ where: { claimId: { in: claimIds } }, select: finalVerdictSelect }) : [],
  ]);
  const finals: Record<string, FinalVerdictView> = Object.fromEntries(storedFinals.map((final) => [final.claimId, finalVerdictShape(final)]));
  const verdicts: Record<string, VerdictView> = {};
  const others: Record<string, OthersVerdict[]> = {};
  const labels = new Map<string, Set<VerdictLabel>>();
  for (const verdict of storedVerdicts) {
    if (verdict.reviewerId === actor.id) verdicts[verdict.claimId] = verdictShape(verdict);
    else (others[verdict.claimId] ??= []).push({ reviewerName: verdict.reviewer.name, label: verdict.label, note: verdict.note });
    labels.set(verdict.claimId, (labels.get(verdict.claimId) ?? new Set()).add(verdict.label));
  }
  const conflicts = [...labels].flatMap(([claimId, set]) => (set.size > 1 ? [claimId] : []));
  return { sentences, verdicts, others, conflicts, finals };
}

export type ReviewWindow = Awaited<ReturnType<typeof loadReviewWindow>>;
export type ReviewWindowSentence = ReviewWindow['sentences'][number];
