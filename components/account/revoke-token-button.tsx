'use client';

import { useState } from 'react';
import { revokeApiTokenAction } from '@/actions/account';
import { ConfirmStep } from '@/components/ui/confirm-step';
import { useActionCall } from '@/components/ui/use-action-call';

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
    <ConfirmStep
      label={`Confirm revoking ${name}`}
      confirmLabel="Revoke token"
      isPending={isPending}
      error={error}
      onConfirm={() => call(() => revokeApiTokenAction({ tokenId }))}
      onCancel={() => setConfirming(false)}
    >
      Programs using this token are refused from their next request. This cannot be undone.
    </ConfirmStep>
  );
}
