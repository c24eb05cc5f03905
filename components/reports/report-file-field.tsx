'use client';

import type { ReactNode } from 'react';
import { readReportFile } from './read-report-file';

type Loaded = { body: string; bodyFormat: 'text' | 'html' };

/** A .txt or .html file picker whose text goes into the form's body field. */
export function ReportFileField({ id, label, onLoad, hint }: { id: string; label: string; onLoad: (loaded: Loaded) => void; hint?: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".txt,.html,.htm,text/plain,text/html"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (file) onLoad(await readReportFile(file));
        }}
      />
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}
