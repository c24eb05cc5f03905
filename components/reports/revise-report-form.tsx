'use client';

import { useState } from 'react';
import { reviseReportAction } from '@/actions/reports';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZReviseReport } from '@/lib/validations/report';
import { ReportFileField } from './report-file-field';

type Summary = { revision: number; sentences: { exact: number; fuzzy: number; orphaned: string[]; added: number }; claims: { orphaned: string[] } };

function describe(summary: Summary): string {
  const { sentences, claims } = summary;
  return (
    `Revision ${summary.revision} saved: ${sentences.exact} sentences re-attached exactly, ${sentences.fuzzy} by similarity, ` +
    `${sentences.added} new; ${sentences.orphaned.length} sentences and ${claims.orphaned.length} claims orphaned.`
  );
}

export function ReviseReportForm({ reportId }: { reportId: string }) {
  const [summary, setSummary] = useState<string | null>(null);
  const { form, onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZReviseReport,
    defaultValues: { reportId, body: '', bodyFormat: 'text' },
    fields: ['body'],
    action: reviseReportAction,
    onSuccess: (revised) => setSummary(describe(revised)),
    refresh: true,
  });
  const { setValue } = form;

  function onFile({ body, bodyFormat }: { body: string; bodyFormat: 'text' | 'html' }) {
    setValue('body', body, { shouldValidate: true });
    setValue('bodyFormat', bodyFormat);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid" aria-label="Import a corrected version">
      {summary && <p role="status">{summary}</p>}
      <FormError message={errors.root?.message} />
      <ReportFileField id="revision-file" label="Upload the corrected .txt or .html" onLoad={onFile} />
      <div className="field">
        <label htmlFor="revision-body">Corrected text</label>
        <textarea id="revision-body" rows={8} aria-invalid={Boolean(errors.body)} {...register('body', { onChange: () => setValue('bodyFormat', 'text') })} />
        <p className="hint">Sentences and claims are re-attached by their quotes; any that cannot be are listed as orphaned below, never deleted.</p>
        {errors.body && <p className="field-error">{errors.body.message}</p>}
      </div>
      <SubmitButton label="Re-import" pendingLabel="Re-importing…" isPending={isSubmitting} />
    </form>
  );
}
