import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FactMapFilters } from '@/components/facts/fact-map-filters';
import { FactMapPager } from '@/components/facts/fact-map-pager';
import { FactMapTable } from '@/components/facts/fact-map-table';
import { getActor } from '@/lib/auth/get-actor';
import { getFactMap } from '@/lib/facts/get-fact-map';
import { notFoundOnBadAddress } from '@/lib/http/not-found-on-bad-address';
import { canReadReports, canReview } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Fact map' };

type PageProps = { params: Promise<{ storyId: string }>; searchParams: Promise<{ filter?: string; page?: string }> };

export default async function FactMapPage({ params, searchParams }: PageProps) {
  const actor = await getActor();
  if (!actor || !canReadReports(actor)) notFound();
  const { filter, page } = await searchParams;
  const map = await notFoundOnBadAddress(getFactMap({ actor, input: { ...(await params), filter, page } }));
  return (
    <article className="fact-map-page">
      <h1>Fact map — {map.story.title}</h1>
      <p className="hint">
        One row per fact, one column per report: each cell is the sentence that states the fact, linked to it in its report. The label beside each fact is
        the one the definitions propose, with its reasons; highlighted figures differ between reports.
      </p>
      <FactMapFilters storyId={map.story.id} current={map.filter} counts={map.counts} />
      {map.facts.length === 0 ? (
        <p className="hint">{map.counts.all === 0 ? 'This story has no sentences for review yet.' : 'No fact matches this filter.'}</p>
      ) : (
        <FactMapTable map={map} canCorrect={canReview(actor)} />
      )}
      <FactMapPager storyId={map.story.id} filter={map.filter} page={map.page} pages={map.pages} />
    </article>
  );
}
