import { ReportList } from '@/components/reports/report-list';
import { getActor } from '@/lib/auth/get-actor';
import { listReports } from '@/lib/reports/list-reports';

export default async function HomePage() {
  const actor = await getActor();
  if (!actor) return null;
  const { items } = await listReports({ actor, input: { limit: 200 } });
  return (
    <>
      <h1>Reports</h1>
      <ReportList reports={items} />
    </>
  );
}
