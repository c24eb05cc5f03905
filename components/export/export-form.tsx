'use client';

import { useState } from 'react';
import type { ExportFormat, ExportScope } from '@/lib/validations/export-document';

type ExportFormProps = {
  reports: { id: string; name: string }[];
  formats: { value: ExportFormat; name: string }[];
  initialReportId: string;
};

/**
 * The export choices, sent as a plain GET to /api/v1/export so the browser downloads the file
 * (and the form works before scripts load). ClaimReview carries final verdicts only; the byte
 * order mark is for CSV only. Reports are a list of choices rather than a dropdown, so a long
 * name wraps and is read whole, on a phone too.
 */
export function ExportForm({ reports, formats, initialReportId }: ExportFormProps) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [scope, setScope] = useState<ExportScope>('final');
  const finalOnly = format === 'claimreview';
  return (
    <form className="form-grid export-form" method="get" action="/api/v1/export">
      <fieldset className="field report-choices" role="radiogroup" aria-labelledby="export-report-legend">
        <legend id="export-report-legend">Report</legend>
        <div className="report-choice-list">
          {[{ id: '', name: 'All reports' }, ...reports].map((report) => (
            <label key={report.id || 'all'}>
              <input type="radio" name="reportId" value={report.id} defaultChecked={report.id === initialReportId} /> <span>{report.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>Verdicts</legend>
        <label>
          <input type="radio" name="scope" value="final" checked={scope === 'final' || finalOnly} onChange={() => setScope('final')} /> Final verdicts
        </label>
        <label>
          <input type="radio" name="scope" value="all" checked={scope === 'all' && !finalOnly} disabled={finalOnly} onChange={() => setScope('all')} /> Every reviewer’s verdicts, and the final ones
        </label>
        {finalOnly && <p className="hint">ClaimReview publishes final verdicts only.</p>}
      </fieldset>
      <fieldset className="field">
        <legend>Format</legend>
        {formats.map((option) => (
          <label key={option.value}>
            <input type="radio" name="format" value={option.value} checked={format === option.value} onChange={() => setFormat(option.value)} /> {option.name}
          </label>
        ))}
      </fieldset>
      {format === 'csv' && (
        <label className="field checkbox-field">
          <span>
            <input type="checkbox" name="bom" value="true" /> Start with a byte order mark (for Excel)
          </span>
        </label>
      )}
      <button className="button" type="submit">
        Download
      </button>
    </form>
  );
}
