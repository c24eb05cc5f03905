'use client';

import { useState } from 'react';
import { assignReviewerAction, unassignReviewerAction } from '@/actions/workflow';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';

type Assigned = { reviewerId: string; name: string; progress: string; completed: boolean };
type Candidate = { id: string; name: string; role: string };

/** The reviewers assigned to a report, with their progress, and a picker to assign more. */
export function AssignmentEditor({ reportId, assigned, candidates }: { reportId: string; assigned: Assigned[]; candidates: Candidate[] }) {
  const { call, error, isPending } = useActionCall();
  const assignable = candidates.filter((candidate) => !assigned.some((assignment) => assignment.reviewerId === candidate.id));
  const [reviewerId, setReviewerId] = useState('');
  return (
    <div className="assignments">
      <h3 id="assigned-heading">Assigned reviewers</h3>
      {assigned.length === 0 ? (
        <p className="meta">Nobody is assigned yet.</p>
      ) : (
        <ul className="assignment-list" aria-labelledby="assigned-heading">
          {assigned.map((assignment) => (
            <li key={assignment.reviewerId}>
              {assignment.name} · {assignment.progress}
              {assignment.completed ? ' · review complete' : ''}{' '}
              <button
                type="button"
                className="link-button"
                disabled={isPending}
                aria-label={`Unassign ${assignment.name}`}
                onClick={() => call(() => unassignReviewerAction({ reportId, reviewerId: assignment.reviewerId }))}
              >
                Unassign
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <label className="field">
          <span>Reviewer to assign</span>
          <select value={reviewerId} onChange={(event) => setReviewerId(event.target.value)}>
            <option value="">Choose a reviewer…</option>
            {assignable.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name} ({candidate.role})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button secondary"
          disabled={isPending || !reviewerId}
          onClick={() => {
            call(() => assignReviewerAction({ reportId, reviewerId }));
            setReviewerId('');
          }}
        >
          Assign
        </button>
      </div>
      <ActionError message={error} />
    </div>
  );
}
