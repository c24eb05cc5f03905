import { z } from 'zod';

export const reviewFilters = ['all', 'unreviewed', 'corroborated', 'single_source', 'disputed', 'conflict'] as const;
export type ReviewFilter = (typeof reviewFilters)[number];

/** How many sentences a page of the workspace brings at most: the window around where the reviewer is. */
export const reviewWindowLimit = 200;

const reportId = z.uuid({ message: 'reportId must be a report id' });

export const ZReviewWorkspace = z.object({
  reportId,
  filter: z.enum(reviewFilters).catch('all'),
  // The sentence number (1, 2, …, as the page shows sentences for review) to open on.
  sentence: z.coerce.number().int().min(1).optional().catch(undefined),
  // A claim to open on (a link from an export names the claim); `sentence` wins when both are given.
  claim: z.uuid().optional().catch(undefined),
});

export const ZLocateClaim = z.object({ reportId, claimId: z.uuid({ message: 'claimId must be a claim id' }) });

export const ZReviewSentences = z.object({
  reportId,
  indexes: z
    .array(z.number({ message: 'indexes must be sentence indexes' }).int().min(0), { message: 'indexes must be a list of sentence indexes' })
    .min(1, 'indexes must name at least one sentence')
    .max(reviewWindowLimit, `indexes may name at most ${reviewWindowLimit} sentences`),
});

export const ZSearchReport = z.object({
  reportId,
  query: z.string({ message: 'query must be text' }).trim().min(2, 'Search for at least 2 characters').max(200, 'Search for at most 200 characters'),
});
