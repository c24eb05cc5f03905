import Link from 'next/link';
import { ReportList } from '@/components/reports/report-list';
import { getActor } from '@/lib/auth/get-actor';
import { canDeleteReports, canImportReports } from '@/lib/permissions';
import { findDeletedReport } from '@/lib/reports/find-deleted-report';
import { listReports } from '@/lib/reports/list-reports';
import { listMyAssignments } from '@/lib/workflow/list-my-assignments';

export default async function HomePage({ searchParams }: { searchParams: Promise<{ deleted?: string | string[]; archived?: string | string[] }> }) {
  const actor = await getActor();
  if (!actor) return null;
  const { deleted: deletedId, archived } = await searchParams;
  const showsArchived = archived === 'include';
  const [{ items }, assigned, deleted] = await Promise.all([
    listReports({ actor, input: { limit: 200, archived: showsArchived ? 'include' : 'exclude' } }),
    listMyAssignments({ actor }),
    typeof deletedId === 'string' && canDeleteReports(actor) ? findDeletedReport({ actor, reportId: deletedId }) : null,
  ]);
  return (
    <>
      <div className="page-heading">
        <h1>Reports</h1>
        {canImportReports(actor) && (
          <Link className="button" href="/reports/new">
            Import a report
          </Link>
        )}
      </div>
      {deleted && (
        <p className="notice" role="status">
          Report “{deleted.name}” was deleted. Its <Link href={`/audit?reportId=${deleted.id}`}>history</Link> is kept.
        </p>
      )}
      {assigned.length > 0 && (
        <section aria-labelledby="assigned-heading">
          <h2 id="assigned-heading">Assigned to you</h2>
          <ReportList reports={assigned} label="Assigned to you" />
        </section>
      )}
      {assigned.length > 0 && <h2>All reports</h2>}
      <ReportList reports={items} label="Reports" />
      <p className="meta">
        {showsArchived ? <Link href="/">Hide archived reports</Link> : <Link href="/?archived=include">Show archived reports</Link>}
      </p>
    </>
  );
}
