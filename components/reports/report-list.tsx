import Link from 'next/link';
import { ReportStatusBadge } from '@/components/workflow/report-status-badge';
import type { ReportListItem } from '@/lib/reports/list-reports';

type Item = Omit<ReportListItem, 'archivedAt'> & { archivedAt?: string | null; completed?: boolean };

export function ReportList({ reports, label }: { reports: Item[]; label: string }) {
  if (reports.length === 0) return <p className="meta">No reports yet.</p>;
  return (
    <ul className="report-list" aria-label={label}>
      {reports.map((report) => (
        <li key={report.id}>
          <span className="outlet">{report.outlet}</span>
          <Link href={`/reports/${report.id}`}>{report.name}</Link>
          {report.publishedOn && <span className="meta"> · {report.publishedOn}</span>} <ReportStatusBadge status={report.status} />
          {report.archivedAt && <span className="meta"> · archived</span>}
          {report.completed && <span className="meta"> · your review is complete</span>}
        </li>
      ))}
    </ul>
  );
}
