'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { resetPasswordAction } from '@/app/(app)/admin/users/actions';
import { ShownOnce } from '@/components/account/shown-once';
import { FormError } from '@/components/ui/form-error';
import { formFieldOf } from '@/components/ui/form-field-of';
import { TextField } from '@/components/ui/text-field';
import { ZPasswordChoice, type TPasswordChoice, type TPasswordChoiceInput } from '@/lib/validations/user';

/** An admin sets a typed password, or has one generated and shown once; the account's open sessions end. */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [outcome, setOutcome] = useState<{ generatedPassword: string | null } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TPasswordChoiceInput, unknown, TPasswordChoice>({ resolver: zodResolver(ZPasswordChoice), defaultValues: { password: '' } });

  async function onSubmit({ password }: TPasswordChoice) {
    setOutcome(null);
    const result = await resetPasswordAction({ userId, password });
    if (!result.ok) {
      setError(formFieldOf(result.field, ['password']), { message: result.message });
      return;
    }
    setOutcome(result.data);
    reset();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form-grid" aria-label="Reset password">
      <FormError message={errors.root?.message} />
      <TextField
        id="reset-password"
        label="New password (optional)"
        type="password"
        autoComplete="new-password"
        hint="Leave empty to generate one. Their open sessions end; their API tokens keep working."
        error={errors.password?.message}
        {...register('password')}
      />
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Resetting…' : 'Reset password'}
      </button>
      {outcome && (
        <div role="status" className="notice">
          {outcome.generatedPassword ? (
            <ShownOnce
              id="reset-generated-password"
              label="Generated password"
              value={outcome.generatedPassword}
              hint={`Shown once: copy it now and give it to ${name} by a safe channel.`}
            />
          ) : (
            <p>Password reset. Tell {name} the new password by a safe channel.</p>
          )}
        </div>
      )}
    </form>
  );
}
