'use client';

import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { importReportAction } from '@/actions/reports';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZImportReport } from '@/lib/validations/report';
import { ReportFileField } from './report-file-field';

export function ImportReportForm() {
  const router = useRouter();
  const { form, onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZImportReport,
    defaultValues: { outlet: '', title: '', url: '', publishedOn: '', credits: '', notes: '', bodyFormat: 'text', body: '' },
    fields: ['outlet', 'title', 'url', 'publishedOn', 'credits', 'notes', 'bodyFormat', 'body'],
    action: importReportAction,
    onSuccess: ({ reportId }) => router.push(`/reports/${reportId}`),
    keepValues: true,
  });
  const { setValue, control } = form;

  const bodyFormat = useWatch({ control, name: 'bodyFormat' });

  function onFile({ body, bodyFormat }: { body: string; bodyFormat: 'text' | 'html' }) {
    setValue('body', body, { shouldValidate: true });
    setValue('bodyFormat', bodyFormat);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid">
      <FormError message={errors.root?.message} />
      <TextField id="outlet" label="Outlet" error={errors.outlet?.message} {...register('outlet')} />
      <TextField id="title" label="Title" error={errors.title?.message} {...register('title')} />
      <TextField id="url" label="URL" type="url" error={errors.url?.message} {...register('url')} />
      <TextField id="publishedOn" label="Publication date" type="date" error={errors.publishedOn?.message} {...register('publishedOn')} />
      <TextField
        id="credits"
        label="Credits / derived from"
        hint="Outlets this report credits or is written from, separated by commas (e.g. AP, AFP, Reuters). A report is not independent of the outlets it credits."
        error={errors.credits?.message}
        {...register('credits')}
      />
      <ReportFileField
        id="body-file"
        label="Upload a .txt or .html file"
        onLoad={onFile}
        hint={<>HTML is reduced to its text on the server. {bodyFormat === 'html' && 'The body below will be read as HTML.'}</>}
      />
      <div className="field">
        <label htmlFor="body">Body text</label>
        <textarea id="body" rows={14} aria-invalid={Boolean(errors.body)} {...register('body', { onChange: () => setValue('bodyFormat', 'text') })} />
        <p className="hint">Paste the report exactly as published, up to 1,000,000 characters. It is stored byte-for-byte.</p>
        {errors.body && <p className="field-error">{errors.body.message}</p>}
      </div>
      <SubmitButton label="Import report" pendingLabel="Importing…" isPending={isSubmitting} />
    </form>
  );
}
