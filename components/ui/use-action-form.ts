'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useForm, type DefaultValues, type FieldPath, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { formFieldOf } from './form-field-of';

type Result<Data> = { ok: true; data: Data } | { ok: false; message: string; field?: string };

type Options<Input extends FieldValues, Output, Data> = {
  schema: z.ZodType<Output, Input>;
  defaultValues: DefaultValues<Input>;
  /** The fields a failed action's message can go under; any other field's message goes above the form. */
  fields: readonly FieldPath<Input>[];
  action: (values: Output) => Promise<Result<Data>>;
  onSuccess: (data: Data, values: Output) => void | Promise<void>;
  /** Fetch the page's server-rendered data again after a success, to show the change. */
  refresh?: boolean;
  /** Keep what was typed after a success, e.g. when the form navigates away. */
  keepValues?: boolean;
};

/**
 * A react-hook-form form whose schema is checked in the browser before the server action runs;
 * the action's error is shown under the field it names, and after a success the form is reset.
 * `errors` and `isSubmitting` are read here so that the form state subscribes to them.
 */
export function useActionForm<Input extends FieldValues, Output, Data>({
  schema,
  defaultValues,
  fields,
  action,
  onSuccess,
  refresh = false,
  keepValues = false,
}: Options<Input, Output, Data>) {
  const router = useRouter();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await action(values);
    if (!result.ok) {
      form.setError(formFieldOf(result.field, fields), { message: result.message });
      return;
    }
    await onSuccess(result.data, values);
    if (!keepValues) form.reset();
    if (refresh) router.refresh();
  });
  const { errors, isSubmitting } = form.formState;
  return { form, onSubmit, register: form.register, errors, isSubmitting };
}
