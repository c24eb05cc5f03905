import Link from 'next/link';
import { DataTable, type Column } from '@/components/ui/data-table';
import { formatAlpha, formatShare } from '@/lib/agreement/format-agreement';
import type { Dashboard } from '@/lib/workflow/get-dashboard';
import { openClaimCountParts } from './open-claim-counts';
import { ReportStatusBadge } from './report-status-badge';

type ReportRow = Dashboard['reports'][number];

function Reviewers({ reviewers }: { reviewers: ReportRow['reviewers'] }) {
  if (reviewers.length === 0) return <span className="meta">None</span>;
  return (
    <ul className="assignment-list">
      {reviewers.map((reviewer) => (
        <li key={reviewer.reviewerId}>
          {reviewer.name}: {reviewer.reviewed} of {reviewer.total}
          {reviewer.completed && (
            <>
              {' · '}
              <span aria-hidden="true">✓</span> review complete
            </>
          )}
          {reviewer.assigned ? '' : ' (not assigned)'}
        </li>
      ))}
    </ul>
  );
}

const columns: Column<ReportRow>[] = [
  {
    header: 'Report',
    cell: (report) => (
      <>
        <Link href={`/reports/${report.id}`}>{report.name}</Link>
        <div className="meta">{report.outlet}</div>
      </>
    ),
  },
  { header: 'Status', cell: (report) => <ReportStatusBadge status={report.status} /> },
  { header: 'Reviewers', cell: (report) => <Reviewers reviewers={report.reviewers} /> },
  {
    header: 'Alpha',
    cell: (report) => (
      <>
        {formatAlpha(report.alpha)}
        {report.excludedVerdictCount > 0 && <div className="meta">{report.excludedVerdictCount} changed after seeing others, not counted</div>}
      </>
    ),
  },
  { header: 'Agreed', cell: (report) => formatShare(report.percentAgreement) },
  {
    header: 'Claims without a final verdict',
    cell: (report) => {
      const [disagree, single, none] = openClaimCountParts(report);
      return (
        <ul className="assignment-list">
          <li>{report.openConflicts > 0 ? <Link href={`/reports/${report.id}/adjudication`}>{disagree}</Link> : disagree}</li>
          <li>{single}</li>
          <li>{none}</li>
        </ul>
      );
    },
  },
  { header: 'Final verdicts', cell: (report) => report.finalVerdicts },
];

/** Each report's progress and agreement, as the dashboard shows them. */
export function DashboardTable({ reports }: { reports: ReportRow[] }) {
  return <DataTable label="Reports" columns={columns} rows={reports} />;
}
