'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { changeOwnPasswordAction } from '@/app/(app)/account/actions';
import { FormError } from '@/components/ui/form-error';
import { formFieldOf } from '@/components/ui/form-field-of';
import { TextField } from '@/components/ui/text-field';
import { ZChangeOwnPasswordForm, type TChangeOwnPasswordForm } from '@/lib/validations/user';

const fieldNames = ['currentPassword', 'newPassword'] as const;

/**
 * Changing the password ends every session that began before, this one included, so the form
 * signs in again with the new password to keep the user on the page.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [isChanged, setChanged] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TChangeOwnPasswordForm>({
    resolver: zodResolver(ZChangeOwnPasswordForm),
    defaultValues: { currentPassword: '', newPassword: '', repeatNewPassword: '' },
  });

  async function onSubmit({ currentPassword, newPassword }: TChangeOwnPasswordForm) {
    setChanged(false);
    const result = await changeOwnPasswordAction({ currentPassword, newPassword });
    if (!result.ok) {
      setError(formFieldOf(result.field, fieldNames), { message: result.message });
      return;
    }
    const signedIn = await signIn('credentials', { email, password: newPassword, redirect: false });
    if (!signedIn?.ok || signedIn.error) {
      router.replace('/login');
      return;
    }
    reset();
    setChanged(true);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="card form-grid">
      <FormError message={errors.root?.message} />
      <TextField id="current-password" label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...register('currentPassword')} />
      <TextField
        id="new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters; a passphrase of unrelated words is easiest. Your other sessions are signed out."
        error={errors.newPassword?.message}
        {...register('newPassword')}
      />
      <TextField id="repeat-new-password" label="Repeat new password" type="password" autoComplete="new-password" error={errors.repeatNewPassword?.message} {...register('repeatNewPassword')} />
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Changing…' : 'Change password'}
      </button>
      {isChanged && (
        <p role="status" className="saved">
          Password changed. Your other sessions have been signed out.
        </p>
      )}
    </form>
  );
}
