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
