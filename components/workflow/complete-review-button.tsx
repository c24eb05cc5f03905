'use client';

import { completeReviewAction } from '@/app/(app)/reports/workflow-actions';
import { ActionError } from './action-error';
import { useActionCall } from './use-action-call';

/** A reviewer's "I'm done with this report": under blind review it shows them the others' verdicts. */
export function CompleteReviewButton({ reportId, blindReview }: { reportId: string; blindReview: boolean }) {
  const { call, error, isPending } = useActionCall();
  return (
    <div className="notice">
      <p>
        {blindReview
          ? 'Blind review: you see other reviewers’ verdicts once you mark your review complete.'
          : 'Mark your review complete when you have labelled every sentence you can.'}
      </p>
      <button type="button" className="button" disabled={isPending} onClick={() => call(() => completeReviewAction({ reportId }))}>
        Mark my review complete
      </button>
      <ActionError message={error} />
    </div>
  );
}
