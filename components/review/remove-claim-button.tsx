import { useId } from 'react';

/** The × that removes a reviewer's own narrower claim; disabled, with the reason shown, when claims cannot change. */
export function RemoveClaimButton({ claimText, disabledReason, onRemove }: { claimText: string; disabledReason: string | null; onRemove: () => void }) {
  const reasonId = useId();
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={`Remove claim “${claimText}”`}
        disabled={disabledReason !== null}
        title={disabledReason ?? undefined}
        aria-describedby={disabledReason ? reasonId : undefined}
        onClick={onRemove}
      >
        ×
      </button>
      {disabledReason && (
        <span id={reasonId} className="hint">
          {disabledReason}
        </span>
      )}
    </>
  );
}
