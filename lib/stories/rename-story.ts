import 'server-only';
import type { Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { assertAllowed, canManageStories } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZRenameStory } from '@/lib/validations/story';

/** Gives a story a new title (editors and admins), audited with the old one; the same title changes nothing. */
export async function renameStory({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canManageStories, 'rename stories');
  const { storyId, title } = parseInput(ZRenameStory, input);
  return runTransaction(async (tx) => {
    const [story] = await tx.$queryRaw<{ title: string }[]>`SELECT title FROM stories WHERE id = ${storyId}::uuid FOR UPDATE`;
    if (!story) throw new AppError('not_found', 'No story has this id', 'storyId');
    if (story.title !== title) {
      await tx.story.update({ where: { id: storyId }, data: { title }, select: { id: true } });
      await writeAuditEvent(tx, { actor, action: 'story.renamed', entityType: 'story', entityId: storyId, before: { title: story.title }, after: { title } });
    }
    return { id: storyId, title };
  });
}
