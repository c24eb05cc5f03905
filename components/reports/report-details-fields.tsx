import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';

type DetailName = 'outlet' | 'title' | 'url' | 'publishedOn' | 'credits' | 'notes';

type Props = {
  /** Prefixes the inputs' ids, for a page with two import forms. */
  idPrefix?: string;
  register: (name: DetailName) => UseFormRegisterReturn;
  errors: Partial<Record<DetailName, { message?: string }>>;
  /** Whether the report's URL is asked for (a fetched page's is the address it was fetched from). */
  withUrl?: boolean;
  /** Called when the URL field is left, to show the address as it will be stored (completed to https://). */
  onUrlBlur?: () => void;
};

/** The fields an editor gives or corrects about a report: outlet, title, URL, publication date, credits and notes for reviewers. */
export function ReportDetailsFields({ idPrefix = '', register, errors, withUrl = true, onUrlBlur }: Props) {
  const url = register('url');
  return (
    <>
      <TextField id={`${idPrefix}outlet`} label="Outlet" error={errors.outlet?.message} {...register('outlet')} />
      <TextField id={`${idPrefix}title`} label="Title" error={errors.title?.message} {...register('title')} />
      {withUrl && (
        <TextField
          id={`${idPrefix}url`}
          label="URL"
          type="url"
          hint="The page's web address; www.example.org/… is completed to https://www.example.org/…"
          error={errors.url?.message}
          {...url}
          onBlur={async (event) => {
            await url.onBlur(event);
            onUrlBlur?.();
          }}
        />
      )}
      <TextField id={`${idPrefix}publishedOn`} label="Publication date" type="date" error={errors.publishedOn?.message} {...register('publishedOn')} />
      <TextField
        id={`${idPrefix}credits`}
        label="Credits / derived from"
        hint="Outlets this report credits or is written from, separated by commas (e.g. AP, AFP, Reuters). A report is not independent of the outlets it credits."
        error={errors.credits?.message}
        {...register('credits')}
      />
      <div className="field">
        <label htmlFor={`${idPrefix}notes`}>Notes for reviewers</label>
        <textarea id={`${idPrefix}notes`} rows={3} aria-invalid={Boolean(errors.notes)} aria-describedby={`${idPrefix}notes-hint`} {...register('notes')} />
        <p id={`${idPrefix}notes-hint`} className="hint">
          What reviewers should know about this report (where it comes from, what to check), up to 5,000 characters. Shown on the report&apos;s page.
        </p>
        {errors.notes && <p className="field-error">{errors.notes.message}</p>}
      </div>
    </>
  );
}
