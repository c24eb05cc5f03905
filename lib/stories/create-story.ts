import 'server-only';
import { actorUserId, type Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAllowed, canManageStories } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZCreateStory } from '@/lib/validations/story';
import { putReportInStory } from './story-membership';

/**
 * Makes a story in the caller's transaction, with the reports named (each moved from its story,
 * if any, and audited as added): the seed uses it for the shipped reports.
 */
export async function storeStory(tx: DbTransaction, actor: Actor, { title, reportIds }: { title: string; reportIds: string[] }) {
  const found = await tx.report.findMany({ where: { id: { in: reportIds } }, select: { id: true } });
  const missing = reportIds.findIndex((id) => !found.some((report) => report.id === id));
  if (missing >= 0) throw new AppError('invalid', 'No report has this id', `reportIds.${missing}`);
  const story = await tx.story.create({ data: { title, createdById: actorUserId(actor) }, select: { id: true, title: true } });
  await writeAuditEvent(tx, { actor, action: 'story.created', entityType: 'story', entityId: story.id, before: null, after: { title, reportIds } });
  for (const reportId of reportIds) await putReportInStory(tx, actor, { reportId, story });
  return { id: story.id, title: story.title, reportIds };
}

/** A new story (editors and admins): `{ title, reportIds? }` → `{ id, title, reportIds }`. */
export async function createStory({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canManageStories, 'create stories');
  const { title, reportIds } = parseInput(ZCreateStory, input);
  return runTransaction((tx) => storeStory(tx, actor, { title, reportIds }));
}
