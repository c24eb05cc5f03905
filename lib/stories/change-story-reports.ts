import 'server-only';
import type { Actor } from '@/lib/actor';
import { runTransaction } from '@/lib/database/run-transaction';
import { assertAllowed, canManageStories } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZStoryReport } from '@/lib/validations/story';
import { findStory, putReportInStory, takeReportOutOfStory } from './story-membership';

/**
 * Puts a report in a story (editors and admins), moving it from the story it was in; its text
 * reuse against the story's reports is measured in the same transaction. `added: false` when it
 * was in the story already.
 */
export async function addReportToStory({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canManageStories, 'put reports in stories');
  const { storyId, reportId } = parseInput(ZStoryReport, input);
  return runTransaction(async (tx) => {
    const story = await findStory(tx, storyId);
    const added = await putReportInStory(tx, actor, { reportId, story });
    return { storyId, reportId, added };
  });
}

/** Takes a report out of a story (editors and admins); it is then in no story. */
export async function removeReportFromStory({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canManageStories, 'take reports out of stories');
  const { storyId, reportId } = parseInput(ZStoryReport, input);
  return runTransaction(async (tx) => {
    const story = await findStory(tx, storyId);
    await takeReportOutOfStory(tx, actor, { reportId, story });
    return { storyId, reportId, removed: true };
  });
}
