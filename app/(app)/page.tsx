import Link from 'next/link';
import { ReportList } from '@/components/reports/report-list';
import { getActor } from '@/lib/auth/get-actor';
import { canImportReports } from '@/lib/auth/permissions';
import { listReports } from '@/lib/reports/list-reports';

export default async function HomePage() {
  const actor = await getActor();
  if (!actor) return null;
  const { items } = await listReports({ actor, input: { limit: 200 } });
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
      <ReportList reports={items} />
    </>
  );
}
