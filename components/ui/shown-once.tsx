'use client';

import { useState } from 'react';

/** A secret (generated password, API token) in a read-only field to copy: the only time it is shown. */
export function ShownOnce({ id, label, value, hint }: { id: string; label: string; value: string; hint: string }) {
  const [isCopied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(value);
    setCopied(true);
  }
  return (
    <div className="shown-once">
      <label htmlFor={id}>{label}</label>
      <div className="button-row">
        <input id={id} className="secret" readOnly value={value} aria-describedby={`${id}-hint`} onFocus={(event) => event.target.select()} />
        <button type="button" className="button secondary" onClick={copy}>
          {isCopied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}
