'use client';

import { removeReportFromStoryAction } from '@/actions/stories';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';

export function RemoveReportButton({ storyId, reportId, name }: { storyId: string; reportId: string; name: string }) {
  const { call, error, isPending } = useActionCall();
  return (
    <>
      <button className="link-button" type="button" aria-label={`Take ${name} out of the story`} disabled={isPending} onClick={() => call(() => removeReportFromStoryAction({ storyId, reportId }))}>
        {isPending ? 'Removing…' : 'Remove'}
      </button>
      <ActionError message={error} />
    </>
  );
}
