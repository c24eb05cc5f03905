'use client';

import { useState } from 'react';
import { addReportToStoryAction } from '@/actions/stories';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';

export type ReportChoice = { id: string; name: string; storyTitle: string | null };

/** Puts one of the reports not in the story into it (moving it from its own story, said in its option). */
export function AddReportToStory({ storyId, reports }: { storyId: string; reports: ReportChoice[] }) {
  const [reportId, setReportId] = useState('');
  const { call, error, isPending } = useActionCall();
  if (reports.length === 0) return <p className="meta">Every report is in this story.</p>;
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor="add-report">Add a report</label>
        <select id="add-report" value={reportId} onChange={(event) => setReportId(event.target.value)}>
          <option value="">Choose a report…</option>
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.name}
              {report.storyTitle ? ` (now in “${report.storyTitle}”)` : ''}
            </option>
          ))}
        </select>
      </div>
      <button className="button" type="button" disabled={!reportId || isPending} onClick={() => call(() => addReportToStoryAction({ storyId, reportId }))}>
        {isPending ? 'Adding…' : 'Add to story'}
      </button>
      <ActionError message={error} />
    </div>
  );
}
