'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { importReportAction, readPageMetadataAction } from '@/actions/reports';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZImportReport } from '@/lib/validations/report';
import { readPdfBody } from './read-pdf-body';
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
  const { setValue, getValues, control } = form;
  const [pageNote, setPageNote] = useState<string | null>(null);

  const bodyFormat = useWatch({ control, name: 'bodyFormat' });

  // An uploaded page fills in the fields still blank from what it says about itself; what the
  // editor typed stays.
  async function fillFromPage(html: string) {
    const result = await readPageMetadataAction({ html, url: getValues('url') || null });
    if (!result.ok) return setPageNote(`The page's details could not be read: ${result.message}`);
    const { outlet, title, publishedOn, credits, canonicalUrl } = result.data;
    const found = { outlet, title, publishedOn, url: canonicalUrl, credits: credits.length > 0 ? credits.join(', ') : null };
    const filled = Object.entries(found).flatMap(([field, value]) => {
      const name = field as keyof typeof found;
      if (!value || String(getValues(name) ?? '').trim()) return [];
      setValue(name, value, { shouldValidate: true });
      return [name];
    });
    const labels = { outlet: 'outlet', title: 'title', publishedOn: 'publication date', url: 'URL', credits: 'credits' };
    setPageNote(filled.length > 0 ? `Filled in from the page: ${filled.map((name) => labels[name]).join(', ')}. Check them before importing.` : null);
  }

  function onFile({ body, bodyFormat }: { body: string; bodyFormat: 'text' | 'html' }) {
    setValue('body', body, { shouldValidate: true });
    setValue('bodyFormat', bodyFormat);
    setPageNote(null);
    if (bodyFormat === 'html') void fillFromPage(body);
  }

  // A PDF's text is read on the server and shown as plain text, for the editor to correct.
  async function onPdf(file: File) {
    setPageNote('Reading the PDF…');
    const result = await readPdfBody(file);
    if (!result.ok) {
      setPageNote(null);
      return form.setError('body', { message: result.message });
    }
    setValue('body', result.text, { shouldValidate: true });
    setValue('bodyFormat', 'text');
    setPageNote(result.note);
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
        label="Upload a .txt, .html or .pdf file"
        onLoad={onFile}
        onPdf={onPdf}
        hint={
          <>
            An HTML page is reduced to its article&apos;s text on the server, and fields left blank are taken from the page. A PDF&apos;s text is shown below to check.{' '}
            {bodyFormat === 'html' && 'The body below will be read as HTML.'}
          </>
        }
      />
      {pageNote && (
        <p className="hint" role="status">
          {pageNote}
        </p>
      )}
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
