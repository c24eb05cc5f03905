'use client';

import { useId, useState } from 'react';
import { ZOutsideEvidence } from '@/lib/validations/verdict';
import type { EvidenceDraft } from './evidence-draft';

/** Adds an outside source (a web page and the words it says) to the verdict's evidence. */
export function OutsideSourceFields({ onAdd }: { onAdd: (link: EvidenceDraft) => void }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [quote, setQuote] = useState('');
  const [relation, setRelation] = useState<'supports' | 'contradicts'>('supports');
  const [error, setError] = useState<string | null>(null);

  function add() {
    const parsed = ZOutsideEvidence.safeParse({ url, quote, relation });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the source');
      return;
    }
    onAdd(parsed.data);
    setUrl('');
    setQuote('');
    setError(null);
  }

  return (
    <fieldset className="outside-source">
      <legend>Outside source</legend>
      <label htmlFor={`${id}-url`}>Source URL</label>
      <input id={`${id}-url`} type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
      <label htmlFor={`${id}-quote`}>Quoted text</label>
      <input id={`${id}-quote`} value={quote} onChange={(event) => setQuote(event.target.value)} />
      <label htmlFor={`${id}-relation`}>Relation</label>
      <select id={`${id}-relation`} value={relation} onChange={(event) => setRelation(event.target.value as 'supports' | 'contradicts')}>
        <option value="supports">supports</option>
        <option value="contradicts">contradicts</option>
      </select>
      <button type="button" className="button secondary" onClick={add}>
        Add source
      </button>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
