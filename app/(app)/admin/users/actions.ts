'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/require-actor';
import { actionResult } from '@/lib/http/action-result';
import { createUser } from '@/lib/users/create-user';
import { resetPassword } from '@/lib/users/reset-password';
import { setUserActive } from '@/lib/users/set-user-active';
import { setUserRole } from '@/lib/users/set-user-role';

// The accounts list and each account's page show every change made here.
function refreshAccountPages() {
  revalidatePath('/admin/users', 'layout');
}

async function changing<T>(work: () => Promise<T>) {
  return actionResult(async () => {
    const result = await work();
    refreshAccountPages();
    return result;
  });
}

export async function createUserAction(input: unknown) {
  return changing(async () => {
    const { id, email, name, role, generatedPassword } = await createUser({ actor: await requireActor(), input });
    return { id, email, name, role, generatedPassword };
  });
}

export async function setUserRoleAction(input: unknown) {
  return changing(async () => setUserRole({ actor: await requireActor(), input }));
}

export async function deactivateUserAction(input: unknown) {
  return changing(async () => setUserActive({ actor: await requireActor(), input, isActive: false }));
}

export async function reactivateUserAction(input: unknown) {
  return changing(async () => setUserActive({ actor: await requireActor(), input, isActive: true }));
}

export async function resetPasswordAction(input: unknown) {
  return actionResult(async () => {
    const { generatedPassword } = await resetPassword({ actor: await requireActor(), input });
    return { generatedPassword };
  });
}
