import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canManageWorkflow } from '@/lib/permissions';
import { agreementFigures } from '@/lib/agreement/agreement-figures';
import { awaitsFinalVerdict, loadClaimVerdicts } from '@/lib/agreement/load-claim-verdicts';
import { openClaimCounts } from '@/lib/agreement/open-claim-counts';
import { reviewerProgress, reviewersOf } from '@/lib/agreement/reviewer-progress';
import { lagTolerantReads } from '@/lib/database/lag-tolerant-reads';
import { reportName } from '@/lib/format/report-name';

/**
 * For editors: every report's status, each reviewer's progress, agreement (with how many verdicts
 * it leaves out for being changed after their reviewer saw the others'), the claims without a final
 * verdict where reviewers disagree, with one verdict only and with none, and agreement overall. Archived reports are left out.
 */
export async function getDashboard({ actor }: { actor: Actor }) {
  assertAllowed(actor, canManageWorkflow, 'see the dashboard');
  const client = await lagTolerantReads(actor);
  const reports = await client.report.findMany({
      where: { archivedAt: null },
      orderBy: [{ outlet: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        outlet: true,
        title: true,
        publishedOn: true,
        createdAt: true,
        status: true,
        blindReview: true,
        adjudicateSingleVerdicts: true,
        assignments: { orderBy: { createdAt: 'asc' }, select: { reviewerId: true } },
        reviewCompletions: { select: { reviewerId: true, reopenedAt: true } },
      },
    });
  const claims = await loadClaimVerdicts(reports.map((report) => report.id), client);
  const users = await client.user.findMany({ select: { id: true, name: true } });
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  return {
    overall: agreementFigures(claims),
    reports: reports.map((report) => {
      const own = claims.filter((claim) => claim.reportId === report.id);
      const assigned = new Set(report.assignments.map((assignment) => assignment.reviewerId));
      const completed = new Set(report.reviewCompletions.filter((completion) => !completion.reopenedAt).map((completion) => completion.reviewerId));
      return {
        id: report.id,
        name: reportName(report),
        outlet: report.outlet,
        title: report.title,
        status: report.status,
        blindReview: report.blindReview,
        ...agreementFigures(own),
        ...openClaimCounts(own),
        claimsNeedingFinalVerdict: own.filter((claim) => awaitsFinalVerdict(claim, report.adjudicateSingleVerdicts)).length,
        finalVerdicts: own.filter((claim) => claim.finalLabel).length,
        reviewers: reviewerProgress(own, reviewersOf(own, [...assigned, ...completed])).map((progress) => ({
          ...progress,
          name: nameOf.get(progress.reviewerId) ?? 'Unknown',
          assigned: assigned.has(progress.reviewerId),
          completed: completed.has(progress.reviewerId),
        })),
      };
    }),
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
