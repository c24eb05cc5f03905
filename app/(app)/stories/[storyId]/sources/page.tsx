import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SourceIndependenceTable } from '@/components/stories/source-independence-table';
import { getActor } from '@/lib/auth/get-actor';
import { notFoundOnBadAddress } from '@/lib/http/not-found-on-bad-address';
import { canDecideSources, canReadReports } from '@/lib/permissions';
import { getStoryIndependence } from '@/lib/stories/get-story-independence';

export const metadata: Metadata = { title: 'Independent sources' };

type PageProps = { params: Promise<{ storyId: string }> };

// Until the story page shows it, the independence of a story's reports has a page of its own.
export default async function StorySourcesPage({ params }: PageProps) {
  const actor = await getActor();
  if (!actor || !canReadReports(actor)) notFound();
  const data = await notFoundOnBadAddress(getStoryIndependence({ actor, input: await params }));
  return (
    <article>
      <h1>Independent sources</h1>
      <p className="hint">
        Two reports corroborate each other only if they are independent: not written one from the other (a credit line, reused wording) nor from the same
        wire copy. Editors may decide a pair; the computed reasons stay shown beside their decision.
      </p>
      <SourceIndependenceTable data={data} canDecide={canDecideSources(actor)} />
    </article>
  );
}
