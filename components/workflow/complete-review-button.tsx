'use client';

import { useState, useTransition } from 'react';
import { completeReviewAction } from '@/actions/workflow';
import { ConfirmStep } from '@/components/ui/confirm-step';
import { ActionError } from '@/components/ui/action-error';

type Unconfirmed = { count: number; message: string };

/**
 * A reviewer's "I'm done with this report": under blind review it shows them the others' verdicts,
 * and it freezes their own. The server counts the sentences still without their verdict (the
 * page's own count may be stale); if there are any, it asks, and the reviewer confirms that many.
 */
export function CompleteReviewButton({ reportId, blindReview }: { reportId: string; blindReview: boolean }) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [unconfirmed, setUnconfirmed] = useState<Unconfirmed | null>(null);

  function complete(confirmUnreviewed: number) {
    startTransition(async () => {
      const result = await completeReviewAction({ reportId, confirmUnreviewed });
      if (result.ok) {
        setUnconfirmed(null);
        return;
      }
      const count = result.details?.unreviewedSentences;
      if (result.code === 'conflict' && typeof count === 'number') {
        setUnconfirmed({ count, message: result.message });
        setError(null);
      } else {
        setError(result.message);
      }
    });
  }

  return (
    <div className="notice">
      <p>
        {blindReview
          ? 'Blind review: you see other reviewers’ verdicts once you mark your review complete.'
          : 'Mark your review complete when you have labelled every sentence you can.'}{' '}
        After that your verdicts cannot change unless an editor reopens your review.
      </p>
      {unconfirmed ? (
        <ConfirmStep
          label="Complete with sentences unreviewed"
          confirmLabel="Complete anyway"
          isPending={isPending}
          error={error}
          onConfirm={() => complete(unconfirmed.count)}
          onCancel={() => setUnconfirmed(null)}
        >
          {unconfirmed.message}
        </ConfirmStep>
      ) : (
        <>
          <button type="button" className="button" disabled={isPending} onClick={() => complete(0)}>
            Mark my review complete
          </button>
          <ActionError message={error} />
        </>
      )}
    </div>
  );
}
