'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { importReportFromUrlAction, previewReportFromUrlAction } from '@/actions/reports';
import { StoryField, useStoryProposal, type StoryOption } from '@/components/stories/story-field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { completeWebAddress } from '@/lib/format/complete-web-address';
import { ZImportReportFromUrl } from '@/lib/validations/report';
import { ReportDetailsFields } from './report-details-fields';
import { plural } from '@/lib/format/plural';

type Preview = { url: string; text: string };

/**
 * Imports a report from a page on the web in two steps: the server fetches the page and the form
 * shows its text and the details it gives, for the editor to correct; importing fetches it again
 * and keeps that copy as the report's snapshot.
 */
export function ImportFromUrlForm({ stories }: { stories: StoryOption[] }) {
  const router = useRouter();
  const [preview, setPreview] = useState<Preview | null>(null);
  const { form, onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZImportReportFromUrl,
    defaultValues: { url: '', outlet: '', title: '', publishedOn: '', credits: '', notes: '', storyId: '' },
    fields: ['url', 'outlet', 'title', 'publishedOn', 'credits', 'notes', 'storyId'],
    action: async (values) => {
      if (preview) return importReportFromUrlAction(values);
      const fetched = await previewReportFromUrlAction({ url: values.url });
      if (!fetched.ok) return fetched;
      const { url, outlet, title, publishedOn, credits, text } = fetched.data;
      const details = { url, outlet, title: title ?? '', publishedOn: publishedOn ?? '', credits: credits.join(', ') };
      for (const [name, value] of Object.entries(details)) form.setValue(name as keyof typeof details, value);
      setPreview({ url, text });
      void story.proposeFor(text);
      return { ok: true, data: null };
    },
    onSuccess: (data) => {
      if (data) router.push(`/reports/${data.reportId}`);
    },
    keepValues: true,
  });
  // The story is proposed from the fetched text, once the page is previewed.
  const story = useStoryProposal((storyId) => form.setValue('storyId', storyId));

  const fetchedLines = preview ? preview.text.split('\n').filter((line) => line.trim()).length : 0;
  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid" aria-labelledby="from-url-heading">
      <h2 id="from-url-heading">Fetch a page</h2>
      <FormError message={errors.root?.message} />
      <TextField
        id="from-url"
        label="From a URL"
        type="url"
        hint="The server fetches the page (HTML or plain text, up to 5 MB) and shows its text and details; importing keeps a snapshot of the page."
        error={errors.url?.message}
        {...register('url', {
          onChange: () => setPreview(null),
          // Shown as it will be fetched: www.example.org/… completed to https://.
          onBlur: () => {
            const typed = form.getValues('url');
            const completed = completeWebAddress(typed);
            if (completed !== typed) form.setValue('url', completed);
          },
        })}
      />
      {preview && (
        <>
          <p className="hint" role="status">
            Fetched {preview.url}: {fetchedLines.toLocaleString('en')} {plural(fetchedLines, { one: 'line', other: 'lines' })} of article text. Check the details before importing.
          </p>
          <ReportDetailsFields idPrefix="from-url-" register={register} errors={errors} withUrl={false} />
          <div className="field">
            <label htmlFor="from-url-text">Text to import</label>
            <textarea id="from-url-text" rows={10} readOnly value={preview.text} />
            <p className="hint">The page&apos;s text as it will be stored; to change it, paste it below instead.</p>
          </div>
          <StoryField id="from-url-story" stories={stories} registration={register('storyId', { onChange: story.pickedByHand })} proposal={story.proposal} error={errors.storyId?.message} />
        </>
      )}
      <SubmitButton label={preview ? 'Import from URL' : 'Fetch page'} pendingLabel={preview ? 'Importing…' : 'Fetching…'} isPending={isSubmitting} />
    </form>
  );
}
