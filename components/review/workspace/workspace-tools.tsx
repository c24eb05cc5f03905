'use client';

import { useId, useState } from 'react';
import { searchReportAction } from '@/actions/verdicts';

type Props = {
  reportId: string;
  total: number;
  /** Opens sentence number N for review; false when it is not in the list (filtered out, or no such number). */
  onGoTo: (number: number) => boolean;
  /** Shows the line at this index, opening a folded run if need be; false when the filter hides it. */
  onShowLine: (index: number) => boolean;
};

type Found = { query: string; indexes: number[]; at: number; isTruncated: boolean };

/** Going to sentence N, and finding words in the report, at any length. */
export function WorkspaceTools({ reportId, total, onGoTo, onShowLine }: Props) {
  const id = useId();
  const [number, setNumber] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function goTo(event: React.FormEvent) {
    event.preventDefault();
    const wanted = Number(number);
    const isThere = Number.isInteger(wanted) && wanted >= 1 && wanted <= total && onGoTo(wanted);
    setMessage(isThere ? null : `There is no sentence ${number} for review in this list (1 to ${total}).`);
  }

  function show(next: Found) {
    setFound(next);
    const index = next.indexes[next.at];
    if (index !== undefined && !onShowLine(index)) setMessage('That match is hidden by the filter: choose All to see it.');
    else setMessage(null);
  }

  async function find(event: React.FormEvent) {
    event.preventDefault();
    if (found && found.query === query.trim() && found.indexes.length > 0) return show({ ...found, at: (found.at + 1) % found.indexes.length });
    const result = await searchReportAction({ reportId, query });
    if (!result.ok) return setMessage(result.message);
    if (result.data.indexes.length === 0) {
      setFound(null);
      return setMessage(`No sentence contains “${query.trim()}”.`);
    }
    show({ query: query.trim(), indexes: result.data.indexes, at: 0, isTruncated: result.data.isTruncated });
  }

  return (
    <div className="workspace-tools">
      <form onSubmit={goTo} className="inline-form">
        <label htmlFor={`${id}-number`}>Go to sentence</label>
        <input id={`${id}-number`} type="number" min={1} max={total} inputMode="numeric" value={number} onChange={(event) => setNumber(event.target.value)} />
        <button type="submit" className="button secondary">
          Go
        </button>
      </form>
      <form onSubmit={find} className="inline-form" role="search">
        <label htmlFor={`${id}-query`}>Find in report</label>
        <input id={`${id}-query`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <button type="submit" className="button secondary">
          {found && found.query === query.trim() ? 'Next match' : 'Find'}
        </button>
        {found && (
          <span className="meta" role="status">
            Match {found.at + 1} of {found.indexes.length}
            {found.isTruncated ? '+' : ''}
          </span>
        )}
      </form>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
