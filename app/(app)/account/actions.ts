'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/require-actor';
import { actionResult } from '@/lib/http/action-result';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { issueApiToken } from '@/lib/users/issue-api-token';
import { revokeApiToken } from '@/lib/users/revoke-api-token';

// Tokens show on the caller's account page and, for admins, on the accounts pages.
function refreshTokenPages() {
  revalidatePath('/account');
  revalidatePath('/admin/users', 'layout');
}

export async function changeOwnPasswordAction(input: unknown) {
  return actionResult(async () => changeOwnPassword({ actor: await requireActor(), input }));
}

export async function issueApiTokenAction(input: unknown) {
  return actionResult(async () => {
    const { id, name, prefix, token } = await issueApiToken({ actor: await requireActor(), input });
    refreshTokenPages();
    return { id, name, prefix, token };
  });
}

export async function revokeApiTokenAction(input: unknown) {
  return actionResult(async () => {
    const revoked = await revokeApiToken({ actor: await requireActor(), input });
    refreshTokenPages();
    return revoked;
  });
}
