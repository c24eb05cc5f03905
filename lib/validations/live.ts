import { z } from 'zod';

const after = z
  .string()
  .regex(/^\d{1,19}$/, 'after must be the sequence number of an audit event')
  .transform((value) => BigInt(value))
  .optional();

/** Following a report: from the event after `after` (an EventSource's Last-Event-ID), else from now. */
export const ZFollowReport = z.object({ reportId: z.uuid({ message: 'reportId must be a report id' }), after });

/** Following every report (the desk): from the event after `after`, else from now. */
export const ZFollowDesk = z.object({ after });
