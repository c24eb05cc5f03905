'use client';

import { useRouter } from 'next/navigation';
import { deleteReportAction } from '@/actions/reports';
import { ConfirmWithReason } from '@/components/ui/confirm-with-reason';

/**
 * Deleting a report (one without verdicts) cannot be undone, so it asks first, with an optional
 * reason for the history; after it, the reports list says what was deleted.
 */
export function DeleteReportControl({ reportId, name, refusal }: { reportId: string; name: string; refusal: string | null }) {
  const router = useRouter();
  if (refusal) return <p className="meta">{refusal}</p>;
  async function remove(reason: string) {
    const result = await deleteReportAction({ reportId, reason });
    if (result.ok) router.push(`/?deleted=${reportId}`);
    return result;
  }
  return (
    <ConfirmWithReason
      buttonLabel="Delete report"
      reasonLabel="Why delete it (optional, kept in the history)"
      label="Confirm deleting this report"
      confirmLabel="Yes, delete report"
      onConfirm={remove}
    >
      Delete “{name}” for good? Its text, sentences, claims, revisions and assignments are removed; its audit history stays. This cannot be undone.
    </ConfirmWithReason>
  );
}
