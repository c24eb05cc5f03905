'use server';

import { correctFactGrouping } from '@/lib/facts/correct-fact-grouping';
import { serverAction } from '@/lib/http/server-action';

export const correctFactsAction = serverAction(correctFactGrouping, { revalidate: [['/stories/[storyId]/facts', 'page']] });
