'use client';

import { useState } from 'react';
import { addReportToStoryAction, removeReportFromStoryAction } from '@/actions/stories';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';
import { StoryOptions, type StoryOption } from './story-field';

/** An editor's choice of the story a report is in: another story moves it there, “No story” takes it out. */
export function ReportStoryControl({ reportId, current, stories }: { reportId: string; current: string | null; stories: StoryOption[] }) {
  const [chosen, setChosen] = useState(current ?? '');
  const { call, error, isPending } = useActionCall();
  const save = () =>
    call(() => (chosen ? addReportToStoryAction({ storyId: chosen, reportId }) : removeReportFromStoryAction({ storyId: current ?? '', reportId })));
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor="report-story">Story</label>
        <select id="report-story" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <StoryOptions stories={stories} />
        </select>
      </div>
      <button className="button" type="button" disabled={chosen === (current ?? '') || isPending} onClick={save}>
        {isPending ? 'Saving…' : 'Change story'}
      </button>
      <ActionError message={error} />
    </div>
  );
}
