'use client';

import { useId, useState } from 'react';
import { correctFactsAction } from '@/actions/facts';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';
import { useFactTargets } from './fact-targets';

type Change = 'split' | 'move' | 'merge';
type Props = { storyId: string; fact: { id: string; number: number }; statements: { claimId: string; name: string }[] };

const changeNames: Record<Change, string> = {
  split: 'Split a statement out into its own fact',
  move: 'Move a statement to another fact',
  merge: 'Merge with another fact',
};

/** A fact's correction of the grouping, built only once opened so that a page of rows stays light. */
export function FactCorrectionPanel(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="fact-correction" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Correct fact {props.fact.number}</summary>
      {open && <CorrectionForm {...props} />}
    </details>
  );
}

function CorrectionForm({ storyId, fact, statements }: Props) {
  const id = useId();
  const others = useFactTargets().filter((target) => target.id !== fact.id);
  const changes = (Object.keys(changeNames) as Change[]).filter((change) => (change === 'merge' ? others.length > 0 : change === 'split' ? statements.length > 1 : others.length > 0));
  const [change, setChange] = useState<Change>(changes[0] ?? 'merge');
  const [claimId, setClaimId] = useState(statements[0]?.claimId ?? '');
  const [otherFactId, setOtherFactId] = useState(others[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const { call, error, isPending } = useActionCall();
  if (changes.length === 0) return <p className="hint">There is no other fact on this page to merge with or move to.</p>;
  const save = () =>
    call(() =>
      correctFactsAction(
        change === 'merge'
          ? { change, storyId, factId: fact.id, otherFactId, reason }
          : change === 'split'
            ? { change, storyId, factId: fact.id, claimId, reason }
            : { change, storyId, factId: fact.id, claimId, otherFactId, reason },
      ),
    );
  return (
    <fieldset className="kind-control">
      <legend>Correct the grouping of fact {fact.number}</legend>
      <label htmlFor={`${id}-change`}>Correction</label>
      <select id={`${id}-change`} value={change} onChange={(event) => setChange(event.target.value as Change)}>
        {changes.map((value) => (
          <option key={value} value={value}>
            {changeNames[value]}
          </option>
        ))}
      </select>
      {change !== 'merge' && (
        <>
          <label htmlFor={`${id}-statement`}>Statement</label>
          <select id={`${id}-statement`} value={claimId} onChange={(event) => setClaimId(event.target.value)}>
            {statements.map((statement) => (
              <option key={statement.claimId} value={statement.claimId}>
                {statement.name}
              </option>
            ))}
          </select>
        </>
      )}
      {change !== 'split' && (
        <>
          <label htmlFor={`${id}-other`}>Other fact</label>
          <select id={`${id}-other`} value={otherFactId} onChange={(event) => setOtherFactId(event.target.value)}>
            {others.map((target) => (
              <option key={target.id} value={target.id}>
                Fact {target.number}: {target.preview}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-reason`}>Reason (optional, kept in the history)</label>
      <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={1000} />
      <button type="button" onClick={save} disabled={isPending}>
        {isPending ? 'Saving…' : 'Save correction'}
      </button>
      <ActionError message={error} />
    </fieldset>
  );
}
