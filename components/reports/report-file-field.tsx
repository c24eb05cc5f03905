'use client';

import type { ReactNode } from 'react';
import { isPdfFile, readReportFile } from './read-report-file';

type Loaded = { body: string; bodyFormat: 'text' | 'html' };

/** A .txt or .html file picker whose text goes into the form's body field; with `onPdf`, PDFs are taken too and handed to it. */
export function ReportFileField({ id, label, onLoad, onPdf, hint }: { id: string; label: string; onLoad: (loaded: Loaded) => void; onPdf?: (file: File) => void; hint?: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={`.txt,.html,.htm,text/plain,text/html${onPdf ? ',.pdf,application/pdf' : ''}`}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          if (onPdf && isPdfFile(file)) onPdf(file);
          else onLoad(await readReportFile(file));
        }}
      />
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}
