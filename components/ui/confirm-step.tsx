import type { ReactNode } from 'react';
import { ActionError } from './action-error';

/** The second step of an action that cannot be taken back lightly: what will happen, then confirm or cancel. */
export function ConfirmStep({
  label,
  confirmLabel,
  isPending,
  error,
  onConfirm,
  onCancel,
  children,
}: {
  label: string;
  confirmLabel: string;
  isPending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{children}</p>
      <div className="button-row">
        <button type="button" className="button danger" disabled={isPending} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" disabled={isPending} onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ActionError message={error} />
    </div>
  );
}
