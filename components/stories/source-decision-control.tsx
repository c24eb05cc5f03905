'use client';

import { useId, useState } from 'react';
import { clearSourceDecisionAction, decideSourceRelationAction } from '@/actions/stories';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';

/**
 * An editor's choice for one pair: derived one way or the other, independent, or what credit lines
 * and text reuse say, with an optional reason for the history.
 */
export function SourceDecisionControl({ reportIds, outlets, current }: { reportIds: [string, string]; outlets: [string, string]; current: string }) {
  const id = useId();
  const [choice, setChoice] = useState(current);
  const [reason, setReason] = useState('');
  const { call, error, isPending } = useActionCall();
  const [first, second] = reportIds;
  const options = [
    { value: second, label: `Derived: ${outlets[1]} from ${outlets[0]}` },
    { value: first, label: `Derived: ${outlets[0]} from ${outlets[1]}` },
    { value: 'derived', label: 'Derived, which is the copy unknown' },
    { value: 'independent', label: 'Independent' },
    { value: 'computed', label: 'Use computed' },
  ];
  const pairName = `${outlets[0]} and ${outlets[1]}`;
  function save() {
    call(async () => {
      if (choice === 'computed') {
        if (current === 'computed') return { ok: true };
        return clearSourceDecisionAction({ reportIds, reason });
      }
      if (choice === 'independent') return decideSourceRelationAction({ reportIds, relation: 'independent', reason });
      return decideSourceRelationAction({ reportIds, relation: 'derived', derivedReportId: choice === 'derived' ? null : choice, reason });
    });
  }
  return (
    <fieldset aria-label={`Decide ${pairName}`} className="kind-control">
      <label htmlFor={`${id}-choice`}>Relation of {pairName}</label>
      <select id={`${id}-choice`} value={choice} onChange={(event) => setChoice(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>Reason (optional, kept in the history)</label>
      <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={2000} />
      <button type="button" onClick={save} disabled={isPending}>
        {isPending ? 'Saving…' : 'Save decision'}
      </button>
      <ActionError message={error} />
    </fieldset>
  );
}
