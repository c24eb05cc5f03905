'use client';

import { useState } from 'react';
import { revokeApiTokenAction } from '@/app/(app)/account/actions';
import { ActionError } from '@/components/workflow/action-error';
import { useActionCall } from '@/components/workflow/use-action-call';

/** Revoking cannot be undone, so it asks first. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const { call, error, isPending } = useActionCall();
  const [isConfirming, setConfirming] = useState(false);
  if (!isConfirming) {
    return (
      <button type="button" className="button secondary" aria-label={`Revoke ${name}`} onClick={() => setConfirming(true)}>
        Revoke
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`Confirm revoking ${name}`}>
      <p>Programs using this token are refused from their next request. This cannot be undone.</p>
      <div className="button-row">
        <button type="button" className="button danger" disabled={isPending} onClick={() => call(() => revokeApiTokenAction({ tokenId }))}>
          Revoke token
        </button>
        <button type="button" className="button secondary" disabled={isPending} onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
      <ActionError message={error} />
    </div>
  );
}
