'use client';

import { useRouter } from 'next/navigation';
import { importReportAction } from '@/actions/reports';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZImportReport } from '@/lib/validations/report';
import { ReportDetailsFields } from './report-details-fields';
import { ReportFileField } from './report-file-field';
import { useHtmlBody } from './use-html-body';

const detailLabels = { outlet: 'outlet', title: 'title', publishedOn: 'publication date', url: 'URL', credits: 'credits' };
type Detail = keyof typeof detailLabels;

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
  const { setValue, getValues, setError } = form;
  const htmlBody = useHtmlBody({
    pageUrl: () => getValues('url') || null,
    setBody: (body, format) => {
      setValue('body', body, { shouldValidate: true });
      setValue('bodyFormat', format);
    },
    setBodyError: (message) => setError('body', { message }),
    // The blank fields take what the page says about itself; what the editor typed stays.
    fillFromPage: (metadata) => {
      const found = { ...metadata, url: metadata.canonicalUrl, credits: metadata.credits.length > 0 ? metadata.credits.join(', ') : null };
      const filled = (Object.keys(detailLabels) as Detail[]).filter((name) => found[name] && !String(getValues(name) ?? '').trim());
      for (const name of filled) setValue(name, found[name] ?? '', { shouldValidate: true });
      return filled.map((name) => detailLabels[name]);
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid">
      <FormError message={errors.root?.message} />
      <ReportDetailsFields register={register} errors={errors} />
      <ReportFileField
        id="body-file"
        label="Upload a .txt or .html file"
        onLoad={({ body, bodyFormat }) => htmlBody.onFile(body, bodyFormat)}
        hint="An HTML page is reduced to its article's text, shown below before importing, and fields left blank are taken from the page."
      />
      <div className="field">
        <label htmlFor="body">Body text</label>
        <textarea id="body" rows={14} aria-invalid={Boolean(errors.body)} {...register('body', {
            onChange: (event) => {
              setValue('bodyFormat', 'text');
              htmlBody.onBodyChange(event.target.value);
            },
          })} />
        <p className="hint">Paste the report exactly as published, up to 1,000,000 characters. It is stored byte-for-byte; pasted HTML is converted to its text.</p>
        {htmlBody.note}
        {errors.body && <p className="field-error">{errors.body.message}</p>}
      </div>
      <SubmitButton label="Import report" pendingLabel="Importing…" isPending={isSubmitting || htmlBody.isConverting} />
    </form>
  );
}
