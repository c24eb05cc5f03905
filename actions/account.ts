'use server';

import { serverAction } from '@/lib/http/server-action';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';

// Tokens show on the caller's account page and, for admins, on the accounts pages.
const tokenPages = { revalidate: [['/account'], ['/admin/users', 'layout']] } as const;

export const changeOwnPasswordAction = serverAction(changeOwnPassword);

export const issueApiTokenAction = serverAction(async (call) => {
  const { id, name, prefix, token } = await issueApiToken(call);
  return { id, name, prefix, token };
}, tokenPages);

export const revokeApiTokenAction = serverAction(revokeApiToken, tokenPages);
