import 'server-only';
import type { Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import type { Db, DbTransaction } from '@/lib/db';
import { AppError, type AppErrorCode } from '@/lib/errors';
import { refreshTextReuse } from './text-reuse-cache';

type Membership = { storyId: string | null; title: string | null };

/**
 * The story, or `not_found` naming storyId (`invalid` where the story is a field of something
 * else, such as an import's storyId).
 */
export async function findStory(client: Db | DbTransaction, storyId: string, code: Extract<AppErrorCode, 'not_found' | 'invalid'> = 'not_found') {
  const story = await client.story.findUnique({ where: { id: storyId }, select: { id: true, title: true } });
  if (!story) throw new AppError(code, 'No story has this id', 'storyId');
  return story;
}

/** The report's story now, its row locked so that two moves of one report take turns. */
async function lockedMembership(tx: DbTransaction, reportId: string) {
  const [row] = await tx.$queryRaw<{ storyId: string | null; title: string | null; archived: boolean }[]>`
    SELECT r.story_id::text AS "storyId", s.title, r.archived_at IS NOT NULL AS archived
    FROM reports r LEFT JOIN stories s ON s.id = r.story_id WHERE r.id = ${reportId}::uuid FOR UPDATE OF r`;
  if (!row) throw new AppError('not_found', 'No report has this id', 'reportId');
  return row;
}

/**
 * Puts a report in a story, moving it from the one it was in, in the caller's transaction: its
 * text reuse against the story's other reports is measured there and then, so that independence
 * in the new story is known. Audited with the previous story. Nothing happens (false) when the
 * report is in the story already; an archived report cannot join one (bring it back first).
 */
export async function putReportInStory(tx: DbTransaction, actor: Actor, { reportId, story }: { reportId: string; story: { id: string; title: string } }): Promise<boolean> {
  const previous = await lockedMembership(tx, reportId);
  if (previous.storyId === story.id) return false;
  if (previous.archived) throw new AppError('conflict', 'This report is archived: bring it back from the archive before putting it in a story', 'reportId');
  await tx.report.update({ where: { id: reportId }, data: { storyId: story.id }, select: { id: true } });
  await refreshTextReuse(tx, reportId);
  const before: Membership = { storyId: previous.storyId, title: previous.title };
  await writeAuditEvent(tx, { actor, action: 'story.report_added', entityType: 'story', entityId: story.id, reportId, before, after: { storyId: story.id, title: story.title } });
  return true;
}

/** Takes a report out of its story, in the caller's transaction, audited; `not_found` unless it is in that story. */
export async function takeReportOutOfStory(tx: DbTransaction, actor: Actor, { reportId, story }: { reportId: string; story: { id: string; title: string } }) {
  const previous = await lockedMembership(tx, reportId);
  if (previous.storyId !== story.id) throw new AppError('not_found', 'This report is not in this story', 'reportId');
  await tx.report.update({ where: { id: reportId }, data: { storyId: null }, select: { id: true } });
  await writeAuditEvent(tx, { actor, action: 'story.report_removed', entityType: 'story', entityId: story.id, reportId, before: { storyId: story.id, title: story.title }, after: null });
}
