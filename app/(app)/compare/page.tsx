import type { Metadata } from 'next';
import { ComparisonNotices } from '@/components/review/comparison-notices';
import { ComparisonView } from '@/components/review/comparison-view';
import { getActor } from '@/lib/auth/get-actor';
import { reportLabel } from '@/lib/format/report-name';
import { getComparison, maxTickedReports, reportsSideBySide } from '@/lib/review/get-comparison';
import { notFoundOnBadAddress } from '@/lib/http/not-found-on-bad-address';
import { listReports } from '@/lib/reports/list-reports';

export const metadata: Metadata = { title: 'Side by side' };

export default async function ComparePage({ searchParams }: { searchParams: Promise<{ report?: string | string[] }> }) {
  const actor = await getActor();
  if (!actor) return null;
  const chosen = (await searchParams).report;
  const reportIds = (Array.isArray(chosen) ? chosen : chosen ? [chosen] : []).slice(0, maxTickedReports);
  const [comparison, { items: reports }] = await Promise.all([
    notFoundOnBadAddress(getComparison({ actor, input: { reportIds } })),
    listReports({ actor, input: { limit: 200 } }),
  ]);
  // What was ticked stays ticked, those left out too; with nothing ticked, the reports shown.
  const ticked = new Set(reportIds.length > 0 ? reportIds : comparison.reports.map((report) => report.id));
  return (
    <>
      <h1>Side by side</h1>
      <form method="get" className="compare-picker" aria-label="Reports to compare">
        {reports.map((report) => (
          <label key={report.id}>
            <input type="checkbox" name="report" value={report.id} defaultChecked={ticked.has(report.id)} /> {reportLabel(report)}
          </label>
        ))}
        <button type="submit" className="button secondary">
          Compare (up to {reportsSideBySide})
        </button>
      </form>
      <p className="meta">
        Lines join sentences linked as evidence (green: supports, red: contradicts). Point at a sentence to highlight its evidence in the
        other reports.
      </p>
      <ComparisonNotices reports={comparison.reports} leftOut={comparison.leftOut} story={comparison.story} />
      <ComparisonView comparison={comparison} />
    </>
  );
}
