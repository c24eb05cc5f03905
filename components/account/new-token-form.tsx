'use client';

import { useState } from 'react';
import { issueApiTokenAction } from '@/actions/account';
import { FormError } from '@/components/ui/form-error';
import { ShownOnce } from '@/components/ui/shown-once';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZApiTokenName } from '@/lib/validations/user';

/** Issues the signed-in user a personal API token and shows it once. */
export function NewTokenForm() {
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  const { onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZApiTokenName,
    defaultValues: { name: '' },
    fields: ['name'],
    action: issueApiTokenAction,
    onSuccess: ({ name, token }) => setIssued({ name, token }),
    refresh: true,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid">
      <FormError message={errors.root?.message} />
      <TextField id="token-name" label="Token name" hint="What the token is for, e.g. “newsroom script” or “laptop”." error={errors.name?.message} {...register('name')} />
      <SubmitButton label="New token" pendingLabel="Creating…" isPending={isSubmitting} />
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
