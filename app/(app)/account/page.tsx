import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AccountDetails } from '@/components/account/account-details';
import { ApiTokenTable } from '@/components/account/api-token-table';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { NewTokenForm } from '@/components/account/new-token-form';
import { getActor } from '@/lib/auth/get-actor';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';

export const metadata: Metadata = { title: 'My account' };

export default async function MyAccountPage() {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const { items } = await listApiTokens({ actor, input: {} });
  return (
    <>
      <h1>My account</h1>
      <AccountDetails details={{ Name: actor.name, Email: actor.email, Role: actor.role }} />
      <h2>Change my password</h2>
      <ChangePasswordForm email={actor.email} />
      <h2>My API tokens</h2>
      <p className="hint">Personal tokens for scripts: send one as “Authorization: Bearer &lt;token&gt;” to /api/v1/*. A token acts as you.</p>
      <ApiTokenTable tokens={items} />
      <h2>New token</h2>
      <NewTokenForm />
    </>
  );
}
