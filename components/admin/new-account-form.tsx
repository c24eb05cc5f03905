'use client';

import Link from 'next/link';
import { useState } from 'react';
import { createUserAction } from '@/actions/users';
import { FormError } from '@/components/ui/form-error';
import { PasswordField } from '@/components/ui/password-field';
import { ShownOnce } from '@/components/ui/shown-once';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { ZCreateUser, type TCreateUser } from '@/lib/validations/user';
import { RoleSelect } from './role-select';

const passwordHint = 'Leave empty to generate one, shown once here for you to hand over.';

type Created = { id: string; email: string; name: string; generatedPassword: string | null };

/** The admin's "invite": an account with a typed password, or a generated one shown once to hand over. */
export function NewAccountForm() {
  const [created, setCreated] = useState<Created | null>(null);
  const { onSubmit, register, errors, isSubmitting } = useActionForm({
    schema: ZCreateUser,
    defaultValues: { email: '', name: '', role: 'reviewer', password: '' },
    fields: ['email', 'name', 'role', 'password'],
    action: (values: TCreateUser) => {
      setCreated(null);
      return createUserAction(values);
    },
    onSuccess: setCreated,
    refresh: true,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card form-grid" aria-label="New account">
      <FormError message={errors.root?.message} />
      <TextField id="new-account-email" label="Email" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
      <TextField id="new-account-name" label="Name" autoComplete="off" error={errors.name?.message} {...register('name')} />
      <RoleSelect id="new-account-role" label="Role" error={errors.role?.message} {...register('role')} />
      <PasswordField id="new-account-password" label="Password (optional)" hint={passwordHint} error={errors.password?.message} {...register('password')} />
      <SubmitButton label="Create account" pendingLabel="Creating…" isPending={isSubmitting} />
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
