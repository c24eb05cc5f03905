import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddReportToStory } from '@/components/stories/add-report-to-story';
import { RemoveReportButton } from '@/components/stories/remove-report-button';
import { RenameStoryForm } from '@/components/stories/rename-story-form';
import { SourceIndependenceTable } from '@/components/stories/source-independence-table';
import type { UserActor } from '@/lib/actor';
import { getActor } from '@/lib/auth/get-actor';
import { reportLabel } from '@/lib/format/report-name';
import { notFoundOnBadAddress } from '@/lib/http/not-found-on-bad-address';
import { canDecideSources, canManageStories, canReadReports } from '@/lib/permissions';
import { listReports } from '@/lib/reports/list-reports';
import { getStory } from '@/lib/stories/get-story';
import { getStoryIndependence } from '@/lib/stories/get-story-independence';
import { listStories } from '@/lib/stories/list-stories';

export const metadata: Metadata = { title: 'Story' };

type PageProps = { params: Promise<{ storyId: string }> };

export default async function StoryPage({ params }: PageProps) {
  const actor = await getActor();
  if (!actor || !canReadReports(actor)) notFound();
  const input = await params;
  const story = await notFoundOnBadAddress(getStory({ actor, input }));
  const independence = await getStoryIndependence({ actor, input });
  const manages = canManageStories(actor);
  const choices = manages ? await reportsToAdd(actor, story.id) : [];
  return (
    <article>
      <p className="meta">
        <Link href="/stories">Stories</Link>
      </p>
      <h1>{story.title}</h1>
      <p className="meta">
        <Link href={`/stories/${story.id}/facts`}>Fact map</Link>
      </p>
      {manages && <RenameStoryForm storyId={story.id} title={story.title} />}
      <h2 id="story-reports-heading">Reports</h2>
      {story.reports.length === 0 ? (
        <p className="meta">No reports in this story yet.</p>
      ) : (
        <ul className="report-list" aria-labelledby="story-reports-heading">
          {story.reports.map((report) => (
            <li key={report.id}>
              <span className="outlet">{report.outlet}</span>
              <Link href={`/reports/${report.id}`}>{report.name}</Link>
              {report.publishedOn && <span className="meta"> · {report.publishedOn}</span>}
              {report.archived && <span className="meta"> · archived (left out of the independence table and the fact map)</span>}
              {manages && (
                <>
                  {' · '}
                  <RemoveReportButton storyId={story.id} reportId={report.id} name={report.name} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {manages && <AddReportToStory storyId={story.id} reports={choices} />}
      <h2>Independent sources</h2>
      <p className="hint">
        Two reports corroborate each other only if they are independent: not written one from the other (a credit line, reused wording) nor from the same
        wire copy. Editors may decide a pair; the computed reasons stay shown beside their decision.
      </p>
      <SourceIndependenceTable data={independence} canDecide={canDecideSources(actor)} />
    </article>
  );
}

/** The reports an editor may add: those not archived and not in this story, with the story each is in now. */
async function reportsToAdd(actor: UserActor, storyId: string) {
  const reports = [];
  for (let cursor: string | null | undefined; cursor !== null; ) {
    const batch = await listReports({ actor, input: { limit: 200, cursor } });
    reports.push(...batch.items);
    cursor = batch.nextCursor;
  }
  const { items: stories } = await listStories({ actor });
  const storyOf = new Map(stories.flatMap((story) => story.reportIds.map((id) => [id, story] as const)));
  return reports.filter((report) => storyOf.get(report.id)?.id !== storyId).map((report) => ({ id: report.id, name: reportLabel(report), storyTitle: storyOf.get(report.id)?.title ?? null }));
}
