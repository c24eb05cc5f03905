'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createUserAction } from '@/app/(app)/admin/users/actions';
import { ShownOnce } from '@/components/account/shown-once';
import { FormError } from '@/components/ui/form-error';
import { formFieldOf } from '@/components/ui/form-field-of';
import { TextField } from '@/components/ui/text-field';
import { ZCreateUser, type TCreateUser, type TCreateUserInput } from '@/lib/validations/user';
import { RoleSelect } from './role-select';

const fieldNames = ['email', 'name', 'role', 'password'] as const;

type Created = { id: string; email: string; name: string; generatedPassword: string | null };

/** The admin's "invite": an account with a typed password, or a generated one shown once to hand over. */
export function NewAccountForm() {
  const router = useRouter();
  const [created, setCreated] = useState<Created | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TCreateUserInput, unknown, TCreateUser>({
    resolver: zodResolver(ZCreateUser),
    defaultValues: { email: '', name: '', role: 'reviewer', password: '' },
  });

  async function onSubmit(values: TCreateUser) {
    setCreated(null);
    const result = await createUserAction(values);
    if (!result.ok) {
      setError(formFieldOf(result.field, fieldNames), { message: result.message });
      return;
    }
    setCreated(result.data);
    reset();
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="card form-grid" aria-label="New account">
      <FormError message={errors.root?.message} />
      <TextField id="new-account-email" label="Email" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
      <TextField id="new-account-name" label="Name" autoComplete="off" error={errors.name?.message} {...register('name')} />
      <RoleSelect id="new-account-role" label="Role" error={errors.role?.message} {...register('role')} />
      <TextField
        id="new-account-password"
        label="Password (optional)"
        type="password"
        autoComplete="new-password"
        hint="Leave empty to generate one, shown once here for you to hand over."
        error={errors.password?.message}
        {...register('password')}
      />
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Creating…' : 'Create account'}
      </button>
      {created && (
        <div role="status" className="notice">
          <p>
            Account created for {created.name} ({created.email}). <Link href={`/admin/users/${created.id}`}>Open the account</Link>
          </p>
          {created.generatedPassword ? (
            <ShownOnce
              id="generated-password"
              label="Generated password"
              value={created.generatedPassword}
              hint={`Shown once: copy it now and give it to ${created.name} by a safe channel. They can change it on My account.`}
            />
          ) : (
            <p>They sign in with the password you typed.</p>
          )}
        </div>
      )}
    </form>
  );
}
