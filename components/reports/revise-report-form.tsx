'use client';

import { useState } from 'react';
import { reviseReportAction } from '@/actions/reports';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZReviseReport } from '@/lib/validations/report';
import { ReportFileField } from './report-file-field';
import { useHtmlBody } from './use-html-body';
import { countOf } from '@/lib/format/plural';

type Summary = { revision: number; sentences: { exact: number; fuzzy: number; orphaned: string[]; added: number }; claims: { orphaned: string[] } };

function describe(summary: Summary): string {
  const { sentences, claims } = summary;
  return (
    `Revision ${summary.revision} saved: ${countOf(sentences.exact, 'sentence', 'sentences')} re-attached exactly, ${sentences.fuzzy} by similarity, ` +
    `${sentences.added} new; ${countOf(sentences.orphaned.length, 'sentence', 'sentences')} and ${countOf(claims.orphaned.length, 'claim', 'claims')} orphaned.`
  );
}

export function ReviseReportForm({ reportId, pageUrl }: { reportId: string; pageUrl: string | null }) {
  const [summary, setSummary] = useState<string | null>(null);
  const { form, onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZReviseReport,
    defaultValues: { reportId, body: '', bodyFormat: 'text' },
    fields: ['body'],
    action: reviseReportAction,
    onSuccess: (revised) => setSummary(describe(revised)),
    refresh: true,
  });
  const { setValue, setError } = form;
  const htmlBody = useHtmlBody({
    pageUrl: () => pageUrl,
    setBody: (body, format) => {
      setValue('body', body, { shouldValidate: true });
      setValue('bodyFormat', format);
    },
    setBodyError: (message) => setError('body', { message }),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid" aria-label="Import a corrected version">
      {summary && <p role="status">{summary}</p>}
      <FormError message={errors.root?.message} />
      <ReportFileField id="revision-file" label="Upload the corrected .txt or .html" onLoad={({ body, bodyFormat }) => htmlBody.onFile(body, bodyFormat)} />
      <div className="field">
        <label htmlFor="revision-body">Corrected text</label>
        <textarea id="revision-body" rows={8} aria-invalid={Boolean(errors.body)} {...register('body', {
            onChange: (event) => {
              setValue('bodyFormat', 'text');
              htmlBody.onBodyChange(event.target.value);
            },
          })}
        />
        <p className="hint">Sentences and claims are re-attached by their quotes; any that cannot be are listed as orphaned below, never deleted.</p>
        {htmlBody.note}
        {errors.body && <p className="field-error">{errors.body.message}</p>}
      </div>
      <SubmitButton label="Re-import" pendingLabel="Re-importing…" isPending={isSubmitting || htmlBody.isConverting} />
    </form>
  );
}
