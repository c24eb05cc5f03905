'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { issueApiTokenAction } from '@/app/(app)/account/actions';
import { FormError } from '@/components/ui/form-error';
import { formFieldOf } from '@/components/ui/form-field-of';
import { TextField } from '@/components/ui/text-field';
import { ZApiTokenName, type TApiTokenName } from '@/lib/validations/user';
import { ShownOnce } from './shown-once';

/** Issues the signed-in user a personal API token and shows it once. */
export function NewTokenForm() {
  const router = useRouter();
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TApiTokenName>({ resolver: zodResolver(ZApiTokenName), defaultValues: { name: '' } });

  async function onSubmit(values: TApiTokenName) {
    const result = await issueApiTokenAction(values);
    if (!result.ok) {
      setError(formFieldOf(result.field, ['name']), { message: result.message });
      return;
    }
    setIssued({ name: result.data.name, token: result.data.token });
    reset();
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="card form-grid">
      <FormError message={errors.root?.message} />
      <TextField id="token-name" label="Token name" hint="What the token is for, e.g. “newsroom script” or “laptop”." error={errors.name?.message} {...register('name')} />
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Creating…' : 'New token'}
      </button>
      {issued && (
        <div role="status" className="notice">
          <ShownOnce
            id="new-token"
            label={`New API token “${issued.name}”`}
            value={issued.token}
            hint="Copy it now: it is shown only once and cannot be recovered. Send it as “Authorization: Bearer <token>” to /api/v1/*."
          />
        </div>
      )}
    </form>
  );
}
