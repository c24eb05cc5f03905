import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { lagTolerantReads } from '@/lib/database/lag-tolerant-reads';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReportRef } from '@/lib/validations/workflow';
import { loadReportWorkflow } from '@/lib/reports/load-report-workflow';
import { loadSentenceNumbers } from '@/lib/reports/load-sentence-numbers';
import { agreementFigures, labelSpread } from './agreement-figures';
import { awaitsFinalVerdict, loadClaimVerdicts } from './load-claim-verdicts';
import { openClaimCounts } from './open-claim-counts';
import { reviewerProgress, reviewersOf } from './reviewer-progress';

/**
 * How far a report's reviewers agree: Krippendorff's alpha (nominal) and the share of claims with
 * two or more verdicts on which all agree, over blind verdicts only (`excludedVerdicts` lists the
 * ones changed after their reviewer saw the others'); per claim, the spread of all its labels; per
 * reviewer, progress and completion; the claims without a final verdict where reviewers disagree,
 * with one verdict only and with none; and how many claims still need a final verdict before approval.
 * Under blind review a reviewer sees it only after marking their own review complete.
 */
export async function getAgreement({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId } = parseInput(ZReportRef, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const workflow = await loadReportWorkflow(actor, reportId);
  if (!workflow.seesOthers) {
    throw new AppError('forbidden', 'Blind review: agreement shows the other reviewers’ labels, so it opens once you mark your review complete');
  }
  const client = await lagTolerantReads(actor);
  const claims = await loadClaimVerdicts([reportId], client);
  const reviewerIds = reviewersOf(claims, [
    ...workflow.assignments.map((assignment) => assignment.reviewerId),
    ...workflow.reviewCompletions.map((completion) => completion.reviewerId),
  ]);
  const excluded = claims.filter((claim) => claim.verdicts.some((verdict) => verdict.isAfterUnblinding));
  const [users, numbers] = await Promise.all([
    client.user.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true } }),
    loadSentenceNumbers(excluded.map((claim) => claim.sentenceId), client),
  ]);
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  const assigned = new Set(workflow.assignments.map((assignment) => assignment.reviewerId));
  const completions = new Map(workflow.reviewCompletions.map((completion) => [completion.reviewerId, completion]));
  return {
    reportId,
    ...agreementFigures(claims),
    excludedVerdicts: claims.flatMap((claim) =>
      claim.verdicts
        .filter((verdict) => verdict.isAfterUnblinding)
        .map((verdict) => ({
          claimId: claim.claimId,
          sentenceIndex: claim.sentenceIndex,
          /** Its number in the review workspace ("sentence N"); null for a line no longer for review. */
          sentenceNumber: numbers.get(claim.sentenceId) ?? null,
          reviewerId: verdict.reviewerId,
          reviewerName: nameOf.get(verdict.reviewerId) ?? 'Unknown',
        })),
    ),
    ...openClaimCounts(claims),
    claimsNeedingFinalVerdict: claims.filter((claim) => awaitsFinalVerdict(claim, workflow.adjudicateSingleVerdicts)).length,
    claims: claims
      .filter((claim) => claim.verdicts.length > 0)
      .map((claim) => ({
        claimId: claim.claimId,
        sentenceId: claim.sentenceId,
        sentenceIndex: claim.sentenceIndex,
        sentenceKind: claim.sentenceKind,
        text: claim.text,
        verdicts: claim.verdicts.length,
        spread: labelSpread(claim.verdicts.map((verdict) => verdict.label)),
        agreed: claim.verdicts.length >= 2 ? new Set(claim.verdicts.map((verdict) => verdict.label)).size === 1 : null,
        finalLabel: claim.finalLabel,
      })),
    reviewers: reviewerProgress(claims, reviewerIds).map((progress) => {
      const completion = completions.get(progress.reviewerId);
      return {
        id: progress.reviewerId,
        name: nameOf.get(progress.reviewerId) ?? 'Unknown',
        assigned: assigned.has(progress.reviewerId),
        completedAt: completion?.completedAt.toISOString() ?? null,
        reopenedAt: completion?.reopenedAt?.toISOString() ?? null,
        unreviewedSentences: completion?.unreviewedSentences ?? null,
        sentencesReviewed: progress.reviewed,
        sentences: progress.total,
      };
    }),
  };
}

export type Agreement = Awaited<ReturnType<typeof getAgreement>>;
