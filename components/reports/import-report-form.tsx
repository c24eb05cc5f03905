'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { importReportAction } from '@/actions/reports';
import { StoryField, useStoryProposal, type StoryOption } from '@/components/stories/story-field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { completeWebAddress } from '@/lib/format/complete-web-address';
import { ZImportReport } from '@/lib/validations/report';
import { ReportDetailsFields } from './report-details-fields';
import { readPdfBody } from './read-pdf-body';
import { ReportFileField } from './report-file-field';
import { useHtmlBody } from './use-html-body';

const detailLabels = { outlet: 'outlet', title: 'title', publishedOn: 'publication date', url: 'URL', credits: 'credits' };
type Detail = keyof typeof detailLabels;

export function ImportReportForm({ stories }: { stories: StoryOption[] }) {
  const router = useRouter();
  const { form, onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZImportReport,
    defaultValues: { outlet: '', title: '', url: '', publishedOn: '', credits: '', notes: '', storyId: '', bodyFormat: 'text', body: '' },
    fields: ['outlet', 'title', 'url', 'publishedOn', 'credits', 'notes', 'storyId', 'bodyFormat', 'body'],
    action: importReportAction,
    onSuccess: ({ reportId }) => router.push(`/reports/${reportId}`),
    keepValues: true,
  });
  const { setValue, getValues, setError } = form;
  const story = useStoryProposal((storyId) => setValue('storyId', storyId));
  const [pdfNote, setPdfNote] = useState<string | null>(null);
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

  // A PDF's text is read on the server and shown as plain text, for the editor to correct.
  async function onPdf(file: File) {
    setPdfNote('Reading the PDF…');
    const result = await readPdfBody(file);
    if (!result.ok) {
      setPdfNote(null);
      return form.setError('body', { message: result.message });
    }
    setValue('body', result.text, { shouldValidate: true });
    setValue('bodyFormat', 'text');
    setPdfNote(result.note);
    void story.proposeFor(result.text);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid">
      <FormError message={errors.root?.message} />
      <ReportDetailsFields
        register={register}
        errors={errors}
        onUrlBlur={() => {
          const typed = getValues('url') ?? '';
          const completed = completeWebAddress(typed);
          if (completed !== typed) setValue('url', completed, { shouldValidate: true });
        }}
      />
      <ReportFileField
        id="body-file"
        label="Upload a .txt, .html or .pdf file"
        onLoad={({ body, bodyFormat }) => {
          setPdfNote(null);
          htmlBody.onFile(body, bodyFormat);
        }}
        onPdf={onPdf}
        hint="An HTML page is reduced to its article's text and a PDF's text is re-flowed, shown below before importing; fields left blank are taken from an HTML page."
      />
      <div className="field">
        <label htmlFor="body">Body text</label>
        <textarea id="body" rows={14} aria-invalid={Boolean(errors.body)} {...register('body', {
            onChange: (event) => {
              setValue('bodyFormat', 'text');
              setPdfNote(null);
              htmlBody.onBodyChange(event.target.value);
            },
            // The story is proposed from the text once it is in, not at every keystroke.
            onBlur: () => void story.proposeFor(getValues('body')),
          })} />
        <p className="hint">Paste the report exactly as published, up to 1,000,000 characters. It is stored byte-for-byte; pasted HTML is converted to its text.</p>
        {htmlBody.note}
        {pdfNote && (
          <p className="hint" role="status">
            {pdfNote}
          </p>
        )}
        {errors.body && <p className="field-error">{errors.body.message}</p>}
      </div>
      <StoryField id="story" stories={stories} registration={register('storyId', { onChange: story.pickedByHand })} proposal={story.proposal} error={errors.storyId?.message} />
      <SubmitButton label="Import report" pendingLabel="Importing…" isPending={isSubmitting || htmlBody.isConverting} />
    </form>
  );
}
