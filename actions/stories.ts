'use server';

import { serverAction } from '@/lib/http/server-action';
import { clearSourceDecision, decideSourceRelation } from '@/lib/stories/decide-source-relation';

const storyPages = { revalidate: [['/stories/[storyId]', 'layout']] } as const;

export const decideSourceRelationAction = serverAction(decideSourceRelation, storyPages);
export const clearSourceDecisionAction = serverAction(clearSourceDecision, storyPages);
