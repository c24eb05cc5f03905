import 'server-only';
import type { UserActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { reportName } from '@/lib/format/report-name';

/** The reports assigned to the signed-in reviewer (archived ones aside), newest assignment first, with where each stands. */
export async function listMyAssignments({ actor }: { actor: UserActor }) {
  const assignments = await db.assignment.findMany({
    where: { reviewerId: actor.id, report: { archivedAt: null } },
    orderBy: [{ createdAt: 'desc' }, { reportId: 'asc' }],
    select: { report: { select: { id: true, outlet: true, title: true, publishedOn: true, createdAt: true, status: true, reviewCompletions: { where: { reviewerId: actor.id, reopenedAt: null }, select: { completedAt: true } } } } },
  });
  return assignments.map(({ report }) => ({
    id: report.id,
    name: reportName(report),
    outlet: report.outlet,
    title: report.title,
    publishedOn: report.publishedOn?.toISOString().slice(0, 10) ?? null,
    importedAt: report.createdAt.toISOString(),
    status: report.status,
    completed: report.reviewCompletions.length > 0,
  }));
}
