import { z } from 'zod';

/** Following a report: from the event after `after` (an EventSource's Last-Event-ID), else from now. */
export const ZFollowReport = z.object({
  reportId: z.uuid({ message: 'reportId must be a report id' }),
  after: z
    .string()
    .regex(/^\d{1,19}$/, 'after must be the sequence number of an audit event')
    .transform((value) => BigInt(value))
    .optional(),
});
