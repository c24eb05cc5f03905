'use client';

import { updateReviewSettingsAction } from '@/actions/workflow';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';

type Settings = { blindReview: boolean; adjudicateSingleVerdicts: boolean };

/** Per report: blind review, and whether a claim with one reviewer's verdict goes to adjudication. */
export function ReviewSettingsForm({ reportId, settings }: { reportId: string; settings: Settings }) {
  const { call, error, isPending } = useActionCall();
  const change = (patch: Partial<Settings>) => call(() => updateReviewSettingsAction({ reportId, ...patch }));
  return (
    <fieldset className="settings" disabled={isPending}>
      <legend>Review settings</legend>
      <label>
        <input type="checkbox" checked={settings.blindReview} onChange={(event) => change({ blindReview: event.target.checked })} /> Blind review: reviewers
        see each other’s verdicts only after completing their own
      </label>
      <label>
        <input type="checkbox" checked={settings.adjudicateSingleVerdicts} onChange={(event) => change({ adjudicateSingleVerdicts: event.target.checked })} />{' '}
        Claims with a single reviewer’s verdict go to adjudication
      </label>
      <ActionError message={error} />
    </fieldset>
  );
}
