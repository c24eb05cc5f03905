'use client';

import { useState } from 'react';
import { deactivateUserAction, reactivateUserAction } from '@/actions/users';
import { ConfirmStep } from '@/components/ui/confirm-step';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';

/** Deactivation signs the person out at once and stops their tokens, so it asks first. */
export function AccountStatusControl({ userId, name, isActive }: { userId: string; name: string; isActive: boolean }) {
  const { call, error, isPending } = useActionCall();
  const [isConfirming, setConfirming] = useState(false);
  if (!isActive) {
    return (
      <div>
        <button type="button" className="button" disabled={isPending} onClick={() => call(() => reactivateUserAction({ userId }))}>
          Reactivate account
        </button>
        <ActionError message={error} />
      </div>
    );
  }
  if (!isConfirming) {
    return (
      <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
        Deactivate account
      </button>
    );
  }
  return (
    <ConfirmStep
      label="Confirm deactivation"
      confirmLabel="Yes, deactivate"
      isPending={isPending}
      error={error}
      onConfirm={() => call(() => deactivateUserAction({ userId }))}
      onCancel={() => setConfirming(false)}
    >
      Deactivate {name}? Their open sessions end and their API tokens are refused from the next request. You can reactivate the account later.
    </ConfirmStep>
  );
}
