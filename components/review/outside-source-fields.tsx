'use client';

import { useId, useState, type KeyboardEvent } from 'react';
import { TextField } from '@/components/ui/text-field';
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

  // These fields sit inside the verdict form: a plain Enter there would submit the verdict without
  // the source. Ctrl+Enter still saves (the review keyboard handles it on the document).
  function addOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    add();
  }

  return (
    <fieldset className="outside-source">
      <legend>Outside source</legend>
      <TextField id={`${id}-url`} label="Source URL" type="url" value={url} onChange={(event) => setUrl(event.target.value)} onKeyDown={addOnEnter} />
      <TextField id={`${id}-quote`} label="Quoted text" value={quote} onChange={(event) => setQuote(event.target.value)} onKeyDown={addOnEnter} />
      <div className="field">
        <label htmlFor={`${id}-relation`}>Relation</label>
        <select id={`${id}-relation`} value={relation} onChange={(event) => setRelation(event.target.value as 'supports' | 'contradicts')}>
          <option value="supports">supports</option>
          <option value="contradicts">contradicts</option>
        </select>
      </div>
      <button type="button" className="button secondary" onClick={add}>
        Add source
      </button>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
