import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ImportFromUrlForm } from '@/components/reports/import-from-url-form';
import { ImportReportForm } from '@/components/reports/import-report-form';
import { getActor } from '@/lib/auth/get-actor';
import { canImportReports } from '@/lib/permissions';
import { listStories } from '@/lib/stories/list-stories';

export const metadata: Metadata = { title: 'Import a report' };

export default async function NewReportPage() {
  const actor = await getActor();
  if (!actor || !canImportReports(actor)) notFound();
  const stories = (await listStories({ actor })).items.map(({ id, title }) => ({ id, title }));
  return (
    <>
      <h1>Import a report</h1>
      <ImportFromUrlForm stories={stories} />
      <h2>Paste or upload</h2>
      <ImportReportForm stories={stories} />
    </>
  );
}
