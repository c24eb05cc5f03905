import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getActor } from '@/lib/auth/get-actor';
import { AppError } from '@/lib/errors';
import { getReport } from '@/lib/reports/get-report';

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
  return (
    <article>
      <p className="meta">{report.outlet}</p>
      <h1>{report.title ?? `Untitled report from ${report.outlet}`}</h1>
      <p className="meta">
        {report.publishedOn ? `Published ${report.publishedOn}` : 'Publication date unknown'}
        {report.creditsInText.length > 0 && ` · Credits in text: ${report.creditsInText.join(', ')}`}
      </p>
      {report.notes && <p className="meta">{report.notes}</p>}
      <section aria-labelledby="report-text">
        <h2 id="report-text">Text as received</h2>
        <div className="report-body">{report.units.map((unit) => unit.text).join('\n')}</div>
      </section>
    </article>
  );
}
