import type { ComponentProps } from 'react';
import { TextField } from './text-field';

/** A password input, for a new password unless `autoComplete` says otherwise. */
export function PasswordField({ autoComplete = 'new-password', ...field }: Omit<ComponentProps<typeof TextField>, 'type'>) {
  return <TextField type="password" autoComplete={autoComplete} {...field} />;
}
