'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { importReportAction, readPageAction } from '@/actions/reports';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { looksLikeHtml } from '@/lib/import/looks-like-html';
import { ZImportReport } from '@/lib/validations/report';
import { ReportDetailsFields } from './report-details-fields';
import { ReportFileField } from './report-file-field';

const detailLabels = { outlet: 'outlet', title: 'title', publishedOn: 'publication date', url: 'URL', credits: 'credits' };
type Detail = keyof typeof detailLabels;

/** What became of HTML put in the body: converted to its article's text, being converted, or kept as it is. */
type HtmlBody = { state: 'converting' } | { state: 'converted'; html: string; filled: Detail[] } | { state: 'kept'; html: string };

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
  const [htmlBody, setHtmlBody] = useState<HtmlBody | null>(null);

  // HTML, pasted or uploaded, becomes the article's text the server would keep, shown here to
  // check; the blank fields take what the page says about itself, and what the editor typed stays.
  async function convertHtml(html: string) {
    setHtmlBody({ state: 'converting' });
    const result = await readPageAction({ html, url: getValues('url') || null });
    if (!result.ok) {
      // The server reads it as HTML on import too, and refuses it there with the same message.
      setValue('bodyFormat', 'html');
      setHtmlBody(null);
      return setError('body', { message: result.message });
    }
    const { text, metadata } = result.data;
    setValue('body', text, { shouldValidate: true });
    setValue('bodyFormat', 'text');
    const found = { ...metadata, url: metadata.canonicalUrl, credits: metadata.credits.length > 0 ? metadata.credits.join(', ') : null };
    const filled = (Object.keys(detailLabels) as Detail[]).filter((name) => {
      const value = found[name];
      if (!value || String(getValues(name) ?? '').trim()) return false;
      setValue(name, value, { shouldValidate: true });
      return true;
    });
    setHtmlBody({ state: 'converted', html, filled });
  }

  function keepAsText(html: string) {
    setValue('body', html, { shouldValidate: true });
    setValue('bodyFormat', 'text');
    setHtmlBody({ state: 'kept', html });
  }

  function onBodyChange(body: string) {
    setValue('bodyFormat', 'text');
    const isHtml = looksLikeHtml(body);
    // Kept as text, it stays so while the editor edits the markup.
    if (htmlBody?.state === 'kept' && isHtml) return;
    if (isHtml) void convertHtml(body);
    else if (htmlBody?.state !== 'converting') setHtmlBody(null);
  }

  function onFile({ body, bodyFormat }: { body: string; bodyFormat: 'text' | 'html' }) {
    setValue('body', body, { shouldValidate: true });
    setValue('bodyFormat', 'text');
    setHtmlBody(null);
    if (bodyFormat === 'html' || looksLikeHtml(body)) void convertHtml(body);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid">
      <FormError message={errors.root?.message} />
      <ReportDetailsFields register={register} errors={errors} />
      <ReportFileField
        id="body-file"
        label="Upload a .txt or .html file"
        onLoad={onFile}
        hint="An HTML page is reduced to its article's text, shown below before importing, and fields left blank are taken from the page."
      />
      <div className="field">
        <label htmlFor="body">Body text</label>
        <textarea id="body" rows={14} aria-invalid={Boolean(errors.body)} {...register('body', { onChange: (event) => onBodyChange(event.target.value) })} />
        <p className="hint">Paste the report exactly as published, up to 1,000,000 characters. It is stored byte-for-byte; pasted HTML is converted to its text.</p>
        <HtmlBodyNote htmlBody={htmlBody} onKeepAsText={keepAsText} onConvert={(html) => void convertHtml(html)} />
        {errors.body && <p className="field-error">{errors.body.message}</p>}
      </div>
      <SubmitButton label="Import report" pendingLabel="Importing…" isPending={isSubmitting || htmlBody?.state === 'converting'} />
    </form>
  );
}

function HtmlBodyNote({ htmlBody, onKeepAsText, onConvert }: { htmlBody: HtmlBody | null; onKeepAsText: (html: string) => void; onConvert: (html: string) => void }) {
  if (!htmlBody) return null;
  if (htmlBody.state === 'converting') {
    return (
      <p className="hint" role="status">
        Converting from HTML…
      </p>
    );
  }
  if (htmlBody.state === 'kept') {
    return (
      <p className="notice" role="status">
        Kept as text: the markup will be imported as it is, tags and all.{' '}
        <button type="button" className="link-button" onClick={() => onConvert(htmlBody.html)}>
          Convert from HTML
        </button>
      </p>
    );
  }
  const filled = htmlBody.filled.map((name) => detailLabels[name]);
  return (
    <p className="notice" role="status">
      Converted from HTML: the article&apos;s text is above, without the page&apos;s menus, scripts and other furniture.
      {filled.length > 0 && ` Filled in from the page: ${filled.join(', ')}. Check them before importing.`}{' '}
      <button type="button" className="link-button" onClick={() => onKeepAsText(htmlBody.html)}>
        Keep the HTML as text
      </button>
    </p>
  );
}
