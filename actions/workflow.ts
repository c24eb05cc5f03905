'use server';

import { serverAction } from '@/lib/http/server-action';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { completeReview } from '@/lib/workflow/complete-review';
import { reopenReview } from '@/lib/workflow/reopen-review';
import { unassignReviewer } from '@/lib/workflow/unassign-reviewer';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';
import { workflowPages } from './workflow-pages';

export const assignReviewerAction = serverAction(assignReviewer, workflowPages);

export const unassignReviewerAction = serverAction(unassignReviewer, workflowPages);

export const changeReportStatusAction = serverAction(changeReportStatus, workflowPages);

export const updateReviewSettingsAction = serverAction(updateReviewSettings, workflowPages);

export const completeReviewAction = serverAction(completeReview, workflowPages);

export const reopenReviewAction = serverAction(reopenReview, workflowPages);
