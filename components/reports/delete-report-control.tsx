'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deleteReportAction } from '@/actions/reports';
import { ConfirmStep } from '@/components/ui/confirm-step';

/**
 * Deleting a report (one without verdicts) cannot be undone, so it asks first, with an optional
 * reason for the history; after it, the reports list says what was deleted.
 */
export function DeleteReportControl({ reportId, name, refusal }: { reportId: string; name: string; refusal: string | null }) {
  const router = useRouter();
  const [isConfirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  if (refusal) return <p className="meta">{refusal}</p>;
  if (!isConfirming) {
    return (
      <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
        Delete report
      </button>
    );
  }
  function confirm() {
    startTransition(async () => {
      const result = await deleteReportAction({ reportId, reason });
      if (!result.ok) return setError(result.message);
      router.push(`/?deleted=${reportId}`);
    });
  }
  return (
    <div className="form-grid">
      <label className="field">
        <span>Why delete it (optional, kept in the history)</span>
        <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <ConfirmStep
        label="Confirm deleting this report"
        confirmLabel="Yes, delete report"
        isPending={isPending}
        error={error}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        Delete “{name}” for good? Its text, sentences, claims, revisions and assignments are removed; its audit history stays. This cannot be undone.
      </ConfirmStep>
    </div>
  );
}
