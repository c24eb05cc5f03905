import Link from 'next/link';
import type { ReportListItem } from '@/lib/reports/list-reports';

export function ReportList({ reports }: { reports: ReportListItem[] }) {
  if (reports.length === 0) return <p className="meta">No reports yet.</p>;
  return (
    <ul className="report-list" aria-label="Reports">
      {reports.map((report) => (
        <li key={report.id}>
          <span className="outlet">{report.outlet}</span>
          <Link href={`/reports/${report.id}`}>{report.title ?? `Untitled report from ${report.outlet}`}</Link>
          {report.publishedOn && <span className="meta"> · {report.publishedOn}</span>}
        </li>
      ))}
    </ul>
  );
}
