import type { Metadata } from 'next';
import Link from 'next/link';
import { NewStoryForm } from '@/components/stories/new-story-form';
import { getActor } from '@/lib/auth/get-actor';
import { canManageStories } from '@/lib/permissions';
import { listStories } from '@/lib/stories/list-stories';

export const metadata: Metadata = { title: 'Stories' };

const reportCount = (count: number) => `${count} ${new Intl.PluralRules('en').select(count) === 'one' ? 'report' : 'reports'}`;

export default async function StoriesPage() {
  const actor = await getActor();
  if (!actor) return null;
  const { items } = await listStories({ actor });
  return (
    <>
      <h1>Stories</h1>
      <p className="hint">A story holds the reports about one event: their sources&apos; independence and the facts they state are judged within it.</p>
      {items.length === 0 ? (
        <p className="meta">No stories yet.</p>
      ) : (
        <ul className="report-list" aria-label="Stories">
          {items.map((story) => (
            <li key={story.id}>
              <Link href={`/stories/${story.id}`}>{story.title}</Link>
              <span className="meta"> · {reportCount(story.reportIds.length)}</span>
            </li>
          ))}
        </ul>
      )}
      {canManageStories(actor) && (
        <section aria-labelledby="new-story-heading">
          <h2 id="new-story-heading">New story</h2>
          <NewStoryForm />
        </section>
      )}
    </>
  );
}
