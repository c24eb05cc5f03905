import { z } from 'zod';

export const reportStatuses = ['in_review', 'in_adjudication', 'approved'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportStatusNames: Record<ReportStatus, string> = {
  in_review: 'In review',
  in_adjudication: 'In adjudication',
  approved: 'Approved',
};

const reportId = z.uuid({ message: 'reportId must be a report id' });

export const ZAssignment = z.object({ reportId, reviewerId: z.uuid({ message: 'reviewerId must be a user id' }) });

export const ZReportRef = z.object({ reportId });

export const ZCompleteReview = ZReportRef.extend({
  // How many sentences without a verdict the reviewer has agreed to leave (the page sends 0 first).
  confirmUnreviewed: z.number({ message: 'confirmUnreviewed must be a number' }).int('confirmUnreviewed must be a whole number').min(0, 'confirmUnreviewed must be 0 or more').optional(),
});

const reopenReason = 'Give a reason for reopening this review';

export const ZReopenReview = ZAssignment.extend({
  reason: z.string({ message: reopenReason }).trim().min(1, reopenReason).max(2_000, 'reason must be at most 2,000 characters'),
});

export const ZChangeReportStatus = z.object({
  reportId,
  status: z.enum(reportStatuses, { message: 'status must be in_review, in_adjudication or approved' }),
  reason: z.string().trim().max(2_000, 'reason must be at most 2,000 characters').optional(),
});

export const ZReviewSettings = z
  .object({
    reportId,
    blindReview: z.boolean({ message: 'blindReview must be true or false' }).optional(),
    adjudicateSingleVerdicts: z.boolean({ message: 'adjudicateSingleVerdicts must be true or false' }).optional(),
  })
  .refine((input) => input.blindReview !== undefined || input.adjudicateSingleVerdicts !== undefined, {
    message: 'Give blindReview or adjudicateSingleVerdicts',
    path: ['blindReview'],
  });

export const ZAcceptMajority = z.object({
  claimId: z.uuid({ message: 'claimId must be a claim id' }),
  version: z.number().int().min(1, 'version must be 1 or more').optional(),
});
