import 'server-only';
import { z } from 'zod';
import type { UserActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { getReport } from '@/lib/reports/get-report';
import { parseInput } from '@/lib/validations/parse-input';
import { loadReportWorkflow } from '@/lib/reports/load-report-workflow';
import type { VerdictLabel } from '@/lib/validations/verdict';
import { verdictSelect, verdictShape, type VerdictView } from '@/lib/verdicts/verdict-shape';

export const reviewFilters = ['all', 'unreviewed', 'corroborated', 'single_source', 'disputed', 'conflict'] as const;
export type ReviewFilter = (typeof reviewFilters)[number];

const ZReviewWorkspace = z.object({
  reportId: z.uuid({ message: 'reportId must be a report id' }),
  filter: z.enum(reviewFilters).catch('all'),
});

export type OthersVerdict = { reviewerName: string; label: VerdictLabel; note: string };

/**
 * A report as its reviewer works on it: sentences with claims, the reviewer's own verdicts, its
 * workflow state, progress over the sentences for review, and the filtered list. Other reviewers'
 * verdicts, and which claims reviewers disagree on, only where blind review allows.
 */
export async function getReviewWorkspace({ actor, input }: { actor: UserActor; input: unknown }) {
  const { reportId, filter } = parseInput(ZReviewWorkspace, input);
  const report = await getReport({ actor, input: { reportId } });
  const workflow = await loadReportWorkflow(actor, reportId);
  const claimIds = report.sentences.flatMap((sentence) => sentence.claims.map((claim) => claim.id));
  const verdicts = await db.verdict.findMany({
    where: { claimId: { in: claimIds }, ...(workflow.seesOthers ? {} : { reviewerId: actor.id }) },
    orderBy: { createdAt: 'asc' },
    select: { ...verdictSelect, reviewer: { select: { name: true } } },
  });

  const mine: Record<string, VerdictView> = {};
  const others: Record<string, OthersVerdict[]> = {};
  const labels = new Map<string, Set<VerdictLabel>>();
  for (const verdict of verdicts) {
    if (verdict.reviewerId === actor.id) mine[verdict.claimId] = verdictShape(verdict);
    else (others[verdict.claimId] ??= []).push({ reviewerName: verdict.reviewer.name, label: verdict.label, note: verdict.note });
    labels.set(verdict.claimId, (labels.get(verdict.claimId) ?? new Set()).add(verdict.label));
  }
  const conflicts = new Set([...labels].flatMap(([claimId, set]) => (set.size > 1 ? [claimId] : [])));

  const forReview = report.sentences.filter((sentence) => sentence.kind === 'body');
  const isReviewed = (sentence: (typeof forReview)[number]) => sentence.claims.some((claim) => mine[claim.id]);
  const matches = (sentence: (typeof report.sentences)[number]) => {
    if (filter === 'all') return true;
    if (sentence.kind !== 'body') return false;
    if (filter === 'unreviewed') return !isReviewed(sentence);
    if (filter === 'conflict') return sentence.claims.some((claim) => conflicts.has(claim.id));
    return sentence.claims.some((claim) => mine[claim.id]?.label === filter);
  };
  const sentences = report.sentences.filter(matches);
  return {
    report,
    filter,
    sentences,
    verdicts: mine,
    others,
    conflicts: [...conflicts],
    workflow: {
      status: workflow.status,
      blindReview: workflow.blindReview,
      adjudicateSingleVerdicts: workflow.adjudicateSingleVerdicts,
      hasCompleted: workflow.hasCompleted,
      seesOthers: workflow.seesOthers,
      isAssigned: workflow.assignments.some((assignment) => assignment.reviewerId === actor.id),
    },
    progress: { reviewed: forReview.filter(isReviewed).length, total: forReview.length },
  };
}

export type ReviewWorkspace = Awaited<ReturnType<typeof getReviewWorkspace>>;
