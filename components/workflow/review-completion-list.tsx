'use client';

import { useState } from 'react';
import { reopenReviewAction } from '@/actions/workflow';
import { formatTime } from '@/components/ui/format-time';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';
import { countOf } from '@/lib/format/plural';

export type ReviewCompletionRow = { reviewerId: string; name: string; completedAt: string; reopenedAt: string | null; unreviewedSentences: number | null };

function describe(row: ReviewCompletionRow): string {
  if (row.reopenedAt) return `reopened ${formatTime(new Date(row.reopenedAt))}, may change verdicts`;
  const left = row.unreviewedSentences ? `, ${countOf(row.unreviewedSentences, 'sentence', 'sentences')} left without a verdict` : '';
  return `complete ${formatTime(new Date(row.completedAt))}${left}`;
}

/** One reviewer's completed review, and the editor's way to reopen it with a reason. */
function CompletionItem({ reportId, row, canReopen }: { reportId: string; row: ReviewCompletionRow; canReopen: boolean }) {
  const { call, error, isPending } = useActionCall();
  const [isReopening, setIsReopening] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <li>
      {row.name}: {describe(row)}{' '}
      {canReopen && !row.reopenedAt && !isReopening && (
        <button type="button" className="link-button" aria-label={`Reopen ${row.name}’s review`} onClick={() => setIsReopening(true)}>
          Reopen review
        </button>
      )}
      {isReopening && !row.reopenedAt && (
        <div className="form-grid">
          <label className="field">
            <span>Reason for reopening {row.name}’s review</span>
            <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="button-row">
            <button type="button" className="button" disabled={isPending} onClick={() => call(() => reopenReviewAction({ reportId, reviewerId: row.reviewerId, reason }))}>
              Reopen with this reason
            </button>
            <button type="button" className="button secondary" disabled={isPending} onClick={() => setIsReopening(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <ActionError message={error} />
    </li>
  );
}

/**
 * Each reviewer who marked their review complete: their verdicts are frozen until an editor
 * reopens the review here (audited, with the reason). Not while the report is approved.
 */
export function ReviewCompletionList({ reportId, rows, canReopen }: { reportId: string; rows: ReviewCompletionRow[]; canReopen: boolean }) {
  if (rows.length === 0) return null;
  return (
    <div className="completions">
      <h3 id="completions-heading">Completed reviews</h3>
      <ul className="assignment-list" aria-labelledby="completions-heading">
        {rows.map((row) => (
          <CompletionItem key={row.reviewerId} reportId={reportId} row={row} canReopen={canReopen} />
        ))}
      </ul>
    </div>
  );
}
