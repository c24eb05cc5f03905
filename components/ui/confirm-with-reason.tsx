'use client';

import { useState, useTransition, type ReactNode } from 'react';
import { ConfirmStep } from './confirm-step';

type Outcome = { ok: true } | { ok: false; message: string };

/**
 * A button for an action an editor should think twice about: it asks for an optional reason (kept
 * in the audit history), says what will happen, and runs the action on confirmation.
 */
export function ConfirmWithReason({
  buttonLabel,
  reasonLabel,
  label,
  confirmLabel,
  onConfirm,
  children,
}: {
  buttonLabel: string;
  reasonLabel: string;
  label: string;
  confirmLabel: string;
  onConfirm: (reason: string) => Promise<Outcome>;
  children: ReactNode;
}) {
  const [isConfirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  if (!isConfirming) {
    return (
      <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
        {buttonLabel}
      </button>
    );
  }
  function confirm() {
    startTransition(async () => {
      const result = await onConfirm(reason);
      if (!result.ok) setError(result.message);
    });
  }
  return (
    <div className="form-grid">
      <label className="field">
        <span>{reasonLabel}</span>
        <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <ConfirmStep label={label} confirmLabel={confirmLabel} isPending={isPending} error={error} onConfirm={confirm} onCancel={() => setConfirming(false)}>
        {children}
      </ConfirmStep>
    </div>
  );
}
