import { reportStatusNames, type ReportStatus } from '@/lib/validations/workflow';

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return <span className={`badge status-${status}`}>{reportStatusNames[status]}</span>;
}
