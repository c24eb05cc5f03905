'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { useForm } from 'react-hook-form';
import { ZSignIn, type TSignIn } from '@/lib/validations/sign-in';
import { safeCallbackPath } from './safe-callback-path';

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TSignIn>({ resolver: zodResolver(ZSignIn) });

  async function onSubmit(values: TSignIn) {
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result?.ok || result.error) {
      // next-auth names a plain refusal CredentialsSignin; a lockout comes with its own message.
      const isLockout = result?.error?.startsWith('Too many attempts');
      setError('root', { message: isLockout && result?.error ? result.error : 'Wrong email or password, or the account is deactivated.' });
      return;
    }
    router.replace(safeCallbackPath(callbackUrl));
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <FormError message={errors.root?.message} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="username" aria-invalid={Boolean(errors.email)} {...register('email')} />
        {errors.email && <p className="field-error">{errors.email.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(errors.password)}
          {...register('password')}
        />
        {errors.password && <p className="field-error">{errors.password.message}</p>}
      </div>
      <SubmitButton label="Sign in" pendingLabel="Signing in…" isPending={isSubmitting} />
    </form>
  );
}
