import { z } from 'zod';
import { optionalReason } from './report';

const reportId = (field: string) => z.uuid({ message: `${field} must be a report id` });

// The API names the pair as reportIds: [a, b] (or "a,b" in a query string); the use cases as reportId and otherReportId.
function fromReportIds(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('reportIds' in input)) return input;
  const { reportIds, ...rest } = input as { reportIds: unknown } & Record<string, unknown>;
  const ids = typeof reportIds === 'string' ? reportIds.split(',').map((id) => id.trim()) : reportIds;
  if (!Array.isArray(ids) || ids.length !== 2) return { ...rest, reportIds };
  return { ...rest, reportId: ids[0], otherReportId: ids[1] };
}

const pairFields = {
  reportIds: z.never({ message: 'reportIds must name two reports: [reportId, otherReportId]' }).optional(),
  storyId: z.uuid({ message: 'storyId must be a story id' }).optional(),
};

const samePairCheck = (input: { reportId: string; otherReportId: string }, context: z.RefinementCtx) => {
  if (input.reportId === input.otherReportId) context.addIssue({ code: 'custom', path: ['otherReportId'], message: 'otherReportId must be another report than reportId' });
};

/** An editor's decision that two reports are independent sources, or that one is derived from the other. */
export const ZDecideSourceRelation = z.preprocess(
  fromReportIds,
  z
  .object({
    ...pairFields,
    reportId: reportId('reportId'),
    otherReportId: reportId('otherReportId'),
    relation: z.enum(['independent', 'derived'], { message: 'relation must be independent or derived' }),
    derivedReportId: reportId('derivedReportId').nullish().transform((value) => value ?? null),
    reason: optionalReason,
  })
  .superRefine((input, context) => {
    samePairCheck(input, context);
    if (input.derivedReportId && input.derivedReportId !== input.reportId && input.derivedReportId !== input.otherReportId) {
      context.addIssue({ code: 'custom', path: ['derivedReportId'], message: 'derivedReportId must be one of the two reports' });
    }
    if (input.relation === 'independent' && input.derivedReportId) {
      context.addIssue({ code: 'custom', path: ['derivedReportId'], message: 'derivedReportId is only for derived reports' });
    }
  }),
);
export type TDecideSourceRelationInput = z.input<typeof ZDecideSourceRelation>;

/** A decision to take back, so the computed independence applies again. */
export const ZClearSourceDecision = z.preprocess(
  fromReportIds,
  z.object({ ...pairFields, reportId: reportId('reportId'), otherReportId: reportId('otherReportId'), reason: optionalReason }).superRefine(samePairCheck),
);

export const ZStoryIndependence = z.object({ storyId: z.uuid({ message: 'storyId must be a story id' }) });
