'use client';

import { useRouter } from 'next/navigation';
import { importReportFromUrlAction } from '@/actions/reports';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZImportReportFromUrl } from '@/lib/validations/report';

/** Imports a report by fetching its page on the server; the outlet is the page's site. */
export function ImportFromUrlForm() {
  const router = useRouter();
  const { onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZImportReportFromUrl,
    defaultValues: { url: '' },
    fields: ['url'],
    action: importReportFromUrlAction,
    onSuccess: ({ reportId }) => router.push(`/reports/${reportId}`),
    keepValues: true,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid" aria-labelledby="from-url-heading">
      <h2 id="from-url-heading">Fetch a page</h2>
      <FormError message={errors.root?.message} />
      <TextField
        id="from-url"
        label="From a URL"
        type="url"
        hint="The server fetches the page (HTML or plain text, up to 5 MB), keeps a snapshot of it and imports its text; the outlet is the site's name."
        error={errors.url?.message}
        {...register('url')}
      />
      <SubmitButton label="Import from URL" pendingLabel="Fetching…" isPending={isSubmitting} />
    </form>
  );
}
