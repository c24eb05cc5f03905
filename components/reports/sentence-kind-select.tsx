'use client';

import { useId, useState } from 'react';
import { changeSentenceKindAction } from '@/actions/reports';
import { ActionError } from '@/components/ui/action-error';
import { ConfirmStep } from '@/components/ui/confirm-step';
import { useActionCall } from '@/components/ui/use-action-call';
import { sentenceKindLabels, sentenceKinds, type SentenceKind } from '@/lib/segmentation/sentence-kind';

type KindChange = { from: SentenceKind; to: SentenceKind };

// A change into or out of `body` moves the sentence between its verdict form and the
// not-for-review row, so this control mounts afresh: the change to undo is kept outside it.
const lastChanges = new Map<string, KindChange>();

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function described(kind: SentenceKind): string {
  return kind === 'body' ? 'a sentence for review' : `a ${sentenceKindLabels[kind].toLowerCase()}`;
}

type Props = {
  sentenceId: string;
  kind: SentenceKind;
  /** What the control is the kind of, as the page names it: "sentence 3", "line 12". */
  name: string;
  /** Set when the viewer cannot change this report's kinds now: the control is disabled and shows it. */
  disabledReason?: string | null;
};

/**
 * A sentence's kind. The dropdown only stages a choice, so arrow keys on it change nothing;
 * "Change kind" commits it, and "Undo" puts the kind before back, through the same action.
 */
export function SentenceKindSelect({ sentenceId, kind, name, disabledReason = null }: Props) {
  const reasonId = useId();
  const [staged, setStaged] = useState<SentenceKind | null>(null);
  const [lastChange, setLastChange] = useState(() => lastChanges.get(sentenceId) ?? null);
  const { call, error, isPending } = useActionCall();
  const undoable = lastChange?.to === kind && !disabledReason ? lastChange : null;

  function change(to: SentenceKind, isUndo: boolean) {
    call(async () => {
      const result = await changeSentenceKindAction({ sentenceId, kind: to });
      if (!result.ok) return result;
      const made = isUndo ? null : { from: kind, to };
      if (made) lastChanges.set(sentenceId, made);
      else lastChanges.delete(sentenceId);
      setLastChange(made);
      setStaged(null);
      return result;
    });
  }

  return (
    <div className="kind-control">
      <select
        aria-label={`Kind of ${name}`}
        value={staged ?? kind}
        disabled={isPending || disabledReason !== null}
        title={disabledReason ?? undefined}
        aria-describedby={disabledReason ? reasonId : undefined}
        onChange={(event) => setStaged(event.target.value === kind ? null : (event.target.value as SentenceKind))}
      >
        {sentenceKinds.map((option) => (
          <option key={option} value={option}>
            {sentenceKindLabels[option]}
          </option>
        ))}
      </select>
      {disabledReason && (
        <p id={reasonId} className="hint">
          {disabledReason}
        </p>
      )}
      {staged ? (
        <ConfirmStep
          label={`Change the kind of ${name}`}
          confirmLabel="Change kind"
          isPending={isPending}
          error={error}
          onConfirm={() => change(staged, false)}
          onCancel={() => setStaged(null)}
        >
          {capitalized(name)} becomes {described(staged)}
          {kind === 'body' ? ': it leaves review.' : staged === 'body' ? ': it gets a verdict form.' : '.'}
        </ConfirmStep>
      ) : (
        <ActionError message={error} />
      )}
      {undoable && !staged && (
        <p role="status" className="hint">
          {capitalized(name)} is now {described(undoable.to)}.{' '}
          <button type="button" className="link-button" disabled={isPending} onClick={() => change(undoable.from, true)}>
            Undo
          </button>
        </p>
      )}
    </div>
  );
}
