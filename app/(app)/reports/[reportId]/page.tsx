import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OrphanList } from '@/components/reports/orphan-list';
import { ReviseReportForm } from '@/components/reports/revise-report-form';
import { UnitList } from '@/components/reports/unit-list';
import { getActor } from '@/lib/auth/get-actor';
import { AppError } from '@/lib/errors';
import { getReport } from '@/lib/reports/get-report';
import { isForReview } from '@/lib/segmentation/unit-kind';

export const metadata: Metadata = { title: 'Report' };

async function loadReport(reportId: string) {
  const actor = await getActor();
  if (!actor) return null;
  try {
    return await getReport({ actor, input: { reportId } });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'invalid')) return null;
    throw error;
  }
}

export default async function ReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const report = await loadReport((await params).reportId);
  if (!report) notFound();
  const forReview = report.units.filter((unit) => isForReview(unit.kind)).length;
  return (
    <article>
      <p className="meta">{report.outlet}</p>
      <h1>{report.title ?? `Untitled report from ${report.outlet}`}</h1>
      <p className="meta">
        {report.publishedOn ? `Published ${report.publishedOn}` : 'Publication date unknown'}
        {report.creditsInText.length > 0 && ` · Credits / derived from: ${report.creditsInText.join(', ')}`}
        {report.url && (
          <>
            {' · '}
            <a href={report.url} rel="noreferrer noopener" target="_blank">
              Original
            </a>
          </>
        )}
        {` · Revision ${report.revision}`}
      </p>
      {report.notes && <p className="meta">{report.notes}</p>}
      <h2 id="units-heading">Sentences</h2>
      <p className="meta" role="status">
        {forReview} sentences for review · {report.units.length - forReview} other units (not for review)
      </p>
      <UnitList units={report.units} />
      {report.orphans && (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrected versions</h2>
          <OrphanList orphans={report.orphans} />
          <ReviseReportForm reportId={report.id} />
        </section>
      )}
    </article>
  );
}
