'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { formFieldOf } from '@/components/ui/form-field-of';
import { useForm } from 'react-hook-form';
import { reviseReportAction } from '@/app/(app)/reports/actions';
import { ZReviseReport, type TReviseReportInput } from '@/lib/validations/report';
import { ReportFileField } from './report-file-field';

type Summary = { revision: number; sentences: { exact: number; fuzzy: number; orphaned: string[]; added: number }; claims: { orphaned: string[] } };

function describe(summary: Summary): string {
  const { sentences, claims } = summary;
  return (
    `Revision ${summary.revision} saved: ${sentences.exact} units re-attached exactly, ${sentences.fuzzy} by similarity, ` +
    `${sentences.added} new; ${sentences.orphaned.length} units and ${claims.orphaned.length} claims orphaned.`
  );
}

export function ReviseReportForm({ reportId }: { reportId: string }) {
  const router = useRouter();
  const [summary, setSummary] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TReviseReportInput>({ resolver: zodResolver(ZReviseReport), defaultValues: { reportId, body: '', bodyFormat: 'text' } });

  function onFile({ body, bodyFormat }: { body: string; bodyFormat: 'text' | 'html' }) {
    setValue('body', body, { shouldValidate: true });
    setValue('bodyFormat', bodyFormat);
  }

  async function onSubmit(values: TReviseReportInput) {
    const result = await reviseReportAction(values);
    if (!result.ok) {
      setError(formFieldOf(result.field, ['body']), { message: result.message });
      return;
    }
    setSummary(describe(result.data));
    reset({ reportId, body: '', bodyFormat: 'text' });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="card form-grid" aria-label="Import a corrected version">
      {summary && <p role="status">{summary}</p>}
      <FormError message={errors.root?.message} />
      <ReportFileField id="revision-file" label="Upload the corrected .txt or .html" onLoad={onFile} />
      <div className="field">
        <label htmlFor="revision-body">Corrected text</label>
        <textarea id="revision-body" rows={8} aria-invalid={Boolean(errors.body)} {...register('body', { onChange: () => setValue('bodyFormat', 'text') })} />
        <p className="hint">Sentences and claims are re-attached by their quotes; any that cannot be are listed as orphaned below, never deleted.</p>
        {errors.body && <p className="field-error">{errors.body.message}</p>}
      </div>
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Re-importing…' : 'Re-import'}
      </button>
    </form>
  );
}
