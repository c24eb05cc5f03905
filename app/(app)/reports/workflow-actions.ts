'use server';

import { revalidatePath } from 'next/cache';
import { acceptMajority } from '@/lib/adjudication/accept-majority';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { requireActor } from '@/lib/auth/require-actor';
import { actionResult } from '@/lib/http/action-result';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { completeReview } from '@/lib/workflow/complete-review';
import { reopenReview } from '@/lib/workflow/reopen-review';
import { unassignReviewer } from '@/lib/workflow/unassign-reviewer';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';

// Every workflow change shows on the report page, its adjudication page, the dashboard and the list.
function refreshWorkflowPages() {
  revalidatePath('/', 'layout');
}

async function changing<T>(work: () => Promise<T>) {
  return actionResult(async () => {
    const result = await work();
    refreshWorkflowPages();
    return result;
  });
}

export async function assignReviewerAction(input: unknown) {
  return changing(async () => assignReviewer({ actor: await requireActor(), input }));
}

export async function unassignReviewerAction(input: unknown) {
  return changing(async () => unassignReviewer({ actor: await requireActor(), input }));
}

export async function changeReportStatusAction(input: unknown) {
  return changing(async () => changeReportStatus({ actor: await requireActor(), input }));
}

export async function updateReviewSettingsAction(input: unknown) {
  return changing(async () => updateReviewSettings({ actor: await requireActor(), input }));
}

export async function completeReviewAction(input: unknown) {
  return changing(async () => completeReview({ actor: await requireActor(), input }));
}

export async function reopenReviewAction(input: unknown) {
  return changing(async () => reopenReview({ actor: await requireActor(), input }));
}

export async function saveFinalVerdictAction(input: unknown) {
  return actionResult(async () => saveFinalVerdict({ actor: await requireActor(), input }));
}

export async function acceptMajorityAction(input: unknown) {
  return changing(async () => acceptMajority({ actor: await requireActor(), input }));
}
