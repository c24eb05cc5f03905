import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { reportName } from '@/lib/format/report-name';
import { AppError } from '@/lib/errors';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZGetStory } from '@/lib/validations/story';

export type StoryReport = { id: string; name: string; outlet: string; title: string | null; publishedOn: string | null; archived: boolean };
export type Story = { id: string; title: string; createdAt: string; reports: StoryReport[] };

/** A story and its reports by publication date, archived ones included and marked. */
export async function getStory({ actor, input }: { actor: Actor; input: unknown }): Promise<Story> {
  assertAllowed(actor, canReadReports, 'read stories');
  const { storyId } = parseInput(ZGetStory, input);
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      title: true,
      createdAt: true,
      reports: {
        select: { id: true, outlet: true, title: true, publishedOn: true, createdAt: true, archivedAt: true },
        orderBy: [{ publishedOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
      },
    },
  });
  if (!story) throw new AppError('not_found', 'No story has this id', 'storyId');
  return {
    id: story.id,
    title: story.title,
    createdAt: story.createdAt.toISOString(),
    reports: story.reports.map((report) => ({
      id: report.id,
      name: reportName(report),
      outlet: report.outlet,
      title: report.title,
      publishedOn: report.publishedOn?.toISOString().slice(0, 10) ?? null,
      archived: report.archivedAt !== null,
    })),
  };
}
