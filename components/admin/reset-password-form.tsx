'use client';

import { useState } from 'react';
import { resetPasswordAction } from '@/actions/users';
import { FormError } from '@/components/ui/form-error';
import { PasswordField } from '@/components/ui/password-field';
import { ShownOnce } from '@/components/ui/shown-once';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZPasswordChoice, type TPasswordChoice } from '@/lib/validations/user';

const passwordHint = 'Leave empty to generate one. Their open sessions end; their API tokens keep working.';

/** An admin sets a typed password, or has one generated and shown once; the account's open sessions end. */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [outcome, setOutcome] = useState<{ generatedPassword: string | null } | null>(null);
  const { onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZPasswordChoice,
    defaultValues: { password: '' },
    fields: ['password'],
    action: ({ password }: TPasswordChoice) => {
      setOutcome(null);
      return resetPasswordAction({ userId, password });
    },
    onSuccess: setOutcome,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form-grid" aria-label="Reset password">
      <FormError message={errors.root?.message} />
      <PasswordField id="reset-password" label="New password (optional)" hint={passwordHint} error={errors.password?.message} {...register('password')} />
      <SubmitButton label="Reset password" pendingLabel="Resetting…" isPending={isSubmitting} />
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
