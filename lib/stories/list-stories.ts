import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { assertAllowed, canReadReports } from '@/lib/permissions';

export type StoryListItem = { id: string; title: string; reportIds: string[] };

/**
 * Every story, oldest first, with the ids of its reports (archived ones left out, as from every
 * list: the story's page still shows them, marked).
 */
export async function listStories({ actor }: { actor: Actor; input?: unknown }): Promise<{ items: StoryListItem[] }> {
  assertAllowed(actor, canReadReports, 'read stories');
  const stories = await db.story.findMany({
    select: { id: true, title: true, reports: { where: { archivedAt: null }, select: { id: true }, orderBy: { createdAt: 'asc' } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return { items: stories.map((story) => ({ id: story.id, title: story.title, reportIds: story.reports.map((report) => report.id) })) };
}
