'use server';

import { serverAction } from '@/lib/http/server-action';
import { createUser } from '@/lib/users/create-user';
import { resetPassword } from '@/lib/users/reset-password';
import { setUserActive } from '@/lib/users/set-user-active';
import { setUserRole } from '@/lib/users/set-user-role';

// The accounts list and each account's page show every change made here.
const accountPages = { revalidate: [['/admin/users', 'layout']] } as const;

export const createUserAction = serverAction(async (call) => {
  const { id, email, name, role, generatedPassword } = await createUser(call);
  return { id, email, name, role, generatedPassword };
}, accountPages);

export const setUserRoleAction = serverAction(setUserRole, accountPages);

export const deactivateUserAction = serverAction(async (call) => setUserActive({ ...call, isActive: false }), accountPages);

export const reactivateUserAction = serverAction(async (call) => setUserActive({ ...call, isActive: true }), accountPages);

export const resetPasswordAction = serverAction(async (call) => {
  const { generatedPassword } = await resetPassword(call);
  return { generatedPassword };
});
