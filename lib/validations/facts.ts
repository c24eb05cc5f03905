import { z } from 'zod';

export const ZStoryFacts = z.object({
  storyId: z.uuid({ message: 'storyId must be a story id' }),
});

const ZFactCorrection = z
  .object({
    claimId: z.uuid({ message: 'claimId must be a claim id' }),
    otherClaimId: z.uuid({ message: 'otherClaimId must be a claim id' }),
    // true: the two state the same fact; false: they do not; null: leave it to the computation again.
    sameFact: z.boolean({ message: 'sameFact must be true, false or null' }).nullable(),
  })
  .refine((link) => link.claimId !== link.otherClaimId, { message: 'A claim states its own fact: name two different claims', path: ['otherClaimId'] });

export const ZCorrectFacts = z.object({
  storyId: z.uuid({ message: 'storyId must be a story id' }),
  links: z.array(ZFactCorrection).min(1, 'links must name at least one pair of claims').max(500, 'links may name at most 500 pairs at a time'),
  reason: z.string().trim().max(1000, 'reason must be at most 1,000 characters').optional(),
});

export const factMapFilters = ['all', 'one-outlet', 'disputed', 'no-verdicts'] as const;
export type FactMapFilter = (typeof factMapFilters)[number];

// The fact map page's address: which facts, which page of them (both from the query string).
export const ZFactMap = z.object({
  storyId: z.uuid({ message: 'storyId must be a story id' }),
  filter: z.enum(factMapFilters, { message: `filter must be one of ${factMapFilters.join(', ')}` }).optional(),
  page: z.coerce.number({ message: 'page must be a page number' }).int('page must be a page number').min(1, 'page must be a page number').max(1_000_000, 'page must be a page number').optional(),
});

const factIdOf = (field: string) => z.string({ message: `${field} must be a fact id` }).regex(/^[0-9a-f]{24}$/, `${field} must be a fact id`);
const factId = factIdOf('factId');
const otherFactId = factIdOf('otherFactId');
const reason = z.string().trim().max(1000, 'reason must be at most 1,000 characters').optional();

// A change to the grouping as the fact map offers it, turned into pairs of claims by the server.
export const ZCorrectFactGrouping = z.discriminatedUnion(
  'change',
  [
    z.object({ change: z.literal('merge'), storyId: ZStoryFacts.shape.storyId, factId, otherFactId, reason }),
    z.object({ change: z.literal('split'), storyId: ZStoryFacts.shape.storyId, factId, claimId: z.uuid({ message: 'claimId must be a claim id' }), reason }),
    z.object({ change: z.literal('move'), storyId: ZStoryFacts.shape.storyId, factId, claimId: z.uuid({ message: 'claimId must be a claim id' }), otherFactId, reason }),
  ],
  { message: 'change must be merge, split or move' },
);
export type TCorrectFactGrouping = z.input<typeof ZCorrectFactGrouping>;
