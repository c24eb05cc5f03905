import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatAlpha, formatShare } from '@/lib/agreement/format-agreement';
import { AgreementFigures } from '@/components/workflow/agreement-figures';
import { ReportStatusBadge } from '@/components/workflow/report-status-badge';
import { getActor } from '@/lib/auth/get-actor';
import { canManageWorkflow } from '@/lib/auth/permissions';
import { getDashboard } from '@/lib/workflow/get-dashboard';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const actor = await getActor();
  if (!actor || !canManageWorkflow(actor)) notFound();
  const { overall, reports } = await getDashboard({ actor });
  return (
    <>
      <h1>Dashboard</h1>
      <h2>Agreement over all reports</h2>
      <AgreementFigures
        alpha={overall.alpha}
        percentAgreement={overall.percentAgreement}
        pairableClaims={overall.pairableClaims}
        excludedVerdictCount={overall.excludedVerdictCount}
      />
      <table className="data-table" aria-label="Reports">
        <thead>
          <tr>
            <th scope="col">Report</th>
            <th scope="col">Status</th>
            <th scope="col">Reviewers</th>
            <th scope="col">Alpha</th>
            <th scope="col">Agreed</th>
            <th scope="col">Open conflicts</th>
            <th scope="col">Final verdicts</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <th scope="row">
                <Link href={`/reports/${report.id}`}>{report.title ?? report.outlet}</Link>
                <div className="meta">{report.outlet}</div>
              </th>
              <td>
                <ReportStatusBadge status={report.status} />
              </td>
              <td>
                {report.reviewers.length === 0 ? (
                  <span className="meta">None</span>
                ) : (
                  <ul className="assignment-list">
                    {report.reviewers.map((reviewer) => (
                      <li key={reviewer.reviewerId}>
                        {reviewer.name}: {reviewer.reviewed} of {reviewer.total}
                        {reviewer.completed ? ' ✓' : ''}
                        {reviewer.assigned ? '' : ' (not assigned)'}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {formatAlpha(report.alpha)}
                {report.excludedVerdictCount > 0 && <div className="meta">{report.excludedVerdictCount} changed after seeing others, not counted</div>}
              </td>
              <td>{formatShare(report.percentAgreement)}</td>
              <td>
                {report.openConflicts > 0 ? <Link href={`/reports/${report.id}/adjudication`}>{report.openConflicts}</Link> : 0}
              </td>
              <td>{report.finalVerdicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
