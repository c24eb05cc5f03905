'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { dismissOrphansAction } from '@/actions/reports';
import { ActionError } from '@/components/ui/action-error';
import { countOf } from '@/lib/format/plural';

type Orphan = { id: string; revision: number; text: string };
type Orphans = { sentences: Orphan[]; claims: Orphan[] };
type Selection = { sentenceIds: string[]; claimIds: string[] };

/** "Dismissed 1 orphaned sentence and 2 orphaned claims." */
function dismissedStatus(sentences: number, claims: number): string {
  const parts = [sentences > 0 && countOf(sentences, 'orphaned sentence', 'orphaned sentences'), claims > 0 && countOf(claims, 'orphaned claim', 'orphaned claims')].filter(Boolean);
  return parts.length === 0 ? 'Nothing was left to dismiss.' : `Dismissed ${parts.join(' and ')}.`;
}

type Dismissing = { onDismiss: (orphan: Orphan) => void; isPending: boolean } | null;

function OrphanGroup({ title, unit, orphans, dismissing }: { title: string; unit: string; orphans: Orphan[]; dismissing: Dismissing }) {
  if (orphans.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul aria-label={title}>
        {orphans.map((orphan) => (
          <li key={orphan.id}>
            “{orphan.text}” <span className="meta">(from revision {orphan.revision})</span>{' '}
            {dismissing && (
              <button
                type="button"
                className="link-button"
                aria-label={`Dismiss orphaned ${unit} “${orphan.text}”`}
                disabled={dismissing.isPending}
                onClick={() => dismissing.onDismiss(orphan)}
              >
                Dismiss
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * What earlier re-imports could not re-attach, kept for an editor to deal with. An editor may
 * dismiss each (or all): it leaves this list, and stays stored with its verdicts and history.
 */
export function OrphanList({ reportId, orphans, canDismiss }: { reportId: string; orphans: Orphans; canDismiss: boolean }) {
  const router = useRouter();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function dismiss(selection: Selection) {
    startTransition(async () => {
      const result = await dismissOrphansAction({ reportId, ...selection });
      if (!result.ok) return setError(result.message);
      const { sentenceIds, claimIds } = result.data;
      setError(null);
      setDismissed((earlier) => new Set([...earlier, ...sentenceIds, ...claimIds]));
      setStatus(dismissedStatus(sentenceIds.length, claimIds.length));
      router.refresh();
    });
  }

  const listed = { sentences: orphans.sentences.filter((orphan) => !dismissed.has(orphan.id)), claims: orphans.claims.filter((orphan) => !dismissed.has(orphan.id)) };
  const isEmpty = listed.sentences.length === 0 && listed.claims.length === 0;
  const dismissingOne = (kind: 'sentence' | 'claim'): Dismissing =>
    canDismiss ? { isPending, onDismiss: (orphan) => dismiss(kind === 'sentence' ? { sentenceIds: [orphan.id], claimIds: [] } : { sentenceIds: [], claimIds: [orphan.id] }) } : null;
  // The ones shown, by id: "all" on the server could take in an orphan a re-import added since.
  const dismissAll = () => dismiss({ sentenceIds: listed.sentences.map((orphan) => orphan.id), claimIds: listed.claims.map((orphan) => orphan.id) });
  return (
    <>
      {status && <p role="status">{status}</p>}
      <ActionError message={error} />
      {isEmpty ? (
        <p className="meta">Nothing is orphaned.</p>
      ) : (
        <div className="notice orphans">
          <OrphanGroup title="Orphaned sentences" unit="sentence" orphans={listed.sentences} dismissing={dismissingOne('sentence')} />
          <OrphanGroup title="Orphaned claims" unit="claim" orphans={listed.claims} dismissing={dismissingOne('claim')} />
          {canDismiss && (
            <button type="button" className="button secondary" aria-label="Dismiss all orphans" disabled={isPending} onClick={dismissAll}>
              Dismiss all
            </button>
          )}
        </div>
      )}
    </>
  );
}
