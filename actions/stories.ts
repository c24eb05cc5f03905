'use server';

import { serverAction } from '@/lib/http/server-action';
import { addReportToStory, removeReportFromStory } from '@/lib/stories/change-story-reports';
import { createStory } from '@/lib/stories/create-story';
import { clearSourceDecision, decideSourceRelation } from '@/lib/stories/decide-source-relation';
import { proposeStory } from '@/lib/stories/propose-story';
import { renameStory } from '@/lib/stories/rename-story';

const storyPages = { revalidate: [['/stories/[storyId]', 'layout']] } as const;
// A story's reports show on its page, the list's counts and the reports' own pages.
const storiesAndReports = { revalidate: [['/stories', 'layout'], ['/reports/[reportId]', 'page']] } as const;

export const decideSourceRelationAction = serverAction(decideSourceRelation, storyPages);
export const clearSourceDecisionAction = serverAction(clearSourceDecision, storyPages);

export const createStoryAction = serverAction(createStory, storiesAndReports);
export const renameStoryAction = serverAction(renameStory, storiesAndReports);
export const addReportToStoryAction = serverAction(addReportToStory, storiesAndReports);
export const removeReportFromStoryAction = serverAction(removeReportFromStory, storiesAndReports);
// The import form's story, proposed from the pasted text; nothing changes.
export const proposeStoryAction = serverAction(proposeStory);
