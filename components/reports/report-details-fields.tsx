import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';

type DetailName = 'outlet' | 'title' | 'url' | 'publishedOn' | 'credits';

type Props = {
  /** Prefixes the inputs' ids, for a page with two import forms. */
  idPrefix?: string;
  register: (name: DetailName) => UseFormRegisterReturn;
  errors: Partial<Record<DetailName, { message?: string }>>;
  /** Whether the report's URL is asked for (a fetched page's is the address it was fetched from). */
  withUrl?: boolean;
};

/** The fields an editor gives or corrects about a report: outlet, title, URL, publication date and credits. */
export function ReportDetailsFields({ idPrefix = '', register, errors, withUrl = true }: Props) {
  return (
    <>
      <TextField id={`${idPrefix}outlet`} label="Outlet" error={errors.outlet?.message} {...register('outlet')} />
      <TextField id={`${idPrefix}title`} label="Title" error={errors.title?.message} {...register('title')} />
      {withUrl && <TextField id={`${idPrefix}url`} label="URL" type="url" error={errors.url?.message} {...register('url')} />}
      <TextField id={`${idPrefix}publishedOn`} label="Publication date" type="date" error={errors.publishedOn?.message} {...register('publishedOn')} />
      <TextField
        id={`${idPrefix}credits`}
        label="Credits / derived from"
        hint="Outlets this report credits or is written from, separated by commas (e.g. AP, AFP, Reuters). A report is not independent of the outlets it credits."
        error={errors.credits?.message}
        {...register('credits')}
      />
    </>
  );
}
