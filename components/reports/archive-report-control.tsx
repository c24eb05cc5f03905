'use client';

import { useRouter } from 'next/navigation';
import { archiveReportAction } from '@/actions/reports';
import { ConfirmWithReason } from '@/components/ui/confirm-with-reason';

/** Archives a report (asking first, with an optional reason for the history), or brings an archived one back. */
export function ArchiveReportControl({ reportId, name, isArchived }: { reportId: string; name: string; isArchived: boolean }) {
  const router = useRouter();
  async function setArchived(reason: string) {
    const result = await archiveReportAction({ reportId, archived: !isArchived, reason });
    if (result.ok) router.refresh();
    return result;
  }
  if (isArchived) {
    return (
      <ConfirmWithReason
        buttonLabel="Bring back from the archive"
        reasonLabel="Why bring it back (optional, kept in the history)"
        label="Confirm bringing this report back"
        confirmLabel="Yes, bring it back"
        onConfirm={setArchived}
      >
        Bring “{name}” back? It returns to the lists, the dashboard, comparisons and evidence suggestions, and can change again.
      </ConfirmWithReason>
    );
  }
  return (
    <ConfirmWithReason
      buttonLabel="Archive report"
      reasonLabel="Why archive it (optional, kept in the history)"
      label="Confirm archiving this report"
      confirmLabel="Yes, archive report"
      onConfirm={setArchived}
    >
      Archive “{name}”? It leaves the lists, the dashboard, assignments, comparisons and evidence suggestions, and nothing in it can change until it is
      brought back. Its verdicts stay in exports and the audit history, and it still opens at this address.
    </ConfirmWithReason>
  );
}
