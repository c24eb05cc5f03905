'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { changeOwnPasswordAction } from '@/actions/account';
import { FormError } from '@/components/ui/form-error';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZChangeOwnPasswordForm, type TChangeOwnPasswordForm } from '@/lib/validations/user';

const newPasswordHint = 'At least 12 characters; a passphrase of unrelated words is easiest. Your other sessions are signed out.';

/**
 * Changing the password ends every session that began before, this one included, so the form
 * signs in again with the new password to keep the user on the page.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [isChanged, setChanged] = useState(false);
  const { onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZChangeOwnPasswordForm,
    defaultValues: { currentPassword: '', newPassword: '', repeatNewPassword: '' },
    fields: ['currentPassword', 'newPassword'],
    action: ({ currentPassword, newPassword }: TChangeOwnPasswordForm) => {
      setChanged(false);
      return changeOwnPasswordAction({ currentPassword, newPassword });
    },
    onSuccess: async (_, { newPassword }) => {
      const signedIn = await signIn('credentials', { email, password: newPassword, redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        router.replace('/login');
        return;
      }
      setChanged(true);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid">
      <FormError message={errors.root?.message} />
      <PasswordField id="current-password" label="Current password" autoComplete="current-password" error={errors.currentPassword?.message} {...register('currentPassword')} />
      <PasswordField id="new-password" label="New password" hint={newPasswordHint} error={errors.newPassword?.message} {...register('newPassword')} />
      <PasswordField id="repeat-new-password" label="Repeat new password" error={errors.repeatNewPassword?.message} {...register('repeatNewPassword')} />
      <SubmitButton label="Change password" pendingLabel="Changing…" isPending={isSubmitting} />
      {isChanged && (
        <p role="status" className="saved">
          Password changed. Your other sessions have been signed out.
        </p>
      )}
    </form>
  );
}
