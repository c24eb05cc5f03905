import { z } from 'zod';
import { sentenceKinds } from '@/lib/segmentation/sentence-kind';

export const ZChangeSentenceKind = z.object({
  sentenceId: z.uuid({ message: 'sentenceId must be a sentence id' }),
  kind: z.enum(sentenceKinds, { message: `Kind must be one of: ${sentenceKinds.join(', ')}` }),
});

/** A claim: a span of one sentence, as offsets into that sentence's text. */
export const ZCreateClaim = z
  .object({
    sentenceId: z.uuid({ message: 'sentenceId must be a sentence id' }),
    start: z.number({ message: 'start must be a number' }).int('start must be a whole number').min(0, 'start must be 0 or more'),
    end: z.number({ message: 'end must be a number' }).int('end must be a whole number'),
  })
  .refine((claim) => claim.end > claim.start, { message: 'end must be after start', path: ['end'] });
