'use client';

import { useState } from 'react';
import { changeReportStatusAction } from '@/actions/workflow';
import { countOf, plural } from '@/lib/format/plural';
import type { ReportStatus } from '@/lib/validations/workflow';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';

/** The editor's buttons that move a report on (or back); reopening an approved report asks why. */
export function StatusControls({ reportId, status, claimsNeedingFinalVerdict }: { reportId: string; status: ReportStatus; claimsNeedingFinalVerdict: number }) {
  const { call, error, isPending } = useActionCall();
  const [reason, setReason] = useState('');
  const move = (next: ReportStatus) => call(() => changeReportStatusAction({ reportId, status: next, reason }));
  return (
    <div className="status-controls">
      {status === 'in_review' && (
        <button type="button" className="button" disabled={isPending} onClick={() => move('in_adjudication')}>
          Start adjudication
        </button>
      )}
      {status === 'in_adjudication' && (
        <div className="button-row">
          <button type="button" className="button" disabled={isPending} onClick={() => move('approved')}>
            Approve report
          </button>
          <button type="button" className="button secondary" disabled={isPending} onClick={() => move('in_review')}>
            Back to review
          </button>
          {claimsNeedingFinalVerdict > 0 && (
            <span className="meta">
              {countOf(claimsNeedingFinalVerdict, 'claim', 'claims')} still {plural(claimsNeedingFinalVerdict, { one: 'needs', other: 'need' })} a final verdict before approval.
            </span>
          )}
        </div>
      )}
      {status === 'approved' && (
        <div className="form-grid">
          <label className="field">
            <span>Reason for reopening</span>
            <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="button-row">
            <button type="button" className="button" disabled={isPending} onClick={() => move('in_review')}>
              Reopen for review
            </button>
            <button type="button" className="button secondary" disabled={isPending} onClick={() => move('in_adjudication')}>
              Reopen for adjudication
            </button>
          </div>
        </div>
      )}
      <ActionError message={error} />
    </div>
  );
}
