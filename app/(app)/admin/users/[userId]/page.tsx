import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccountDetails } from '@/components/account/account-details';
import { ApiTokenTable } from '@/components/account/api-token-table';
import { formatTime } from '@/components/ui/format-time';
import { AccountStatusControl } from '@/components/admin/account-status-control';
import { ResetPasswordForm } from '@/components/admin/reset-password-form';
import { RoleForm } from '@/components/admin/role-form';
import { AccountStatusBadge } from '@/components/admin/user-table';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { getActor } from '@/lib/auth/get-actor';
import { canManageUsers } from '@/lib/permissions';
import { notFoundOnBadAddress } from '@/lib/http/not-found-on-bad-address';
import { getUserAccount } from '@/lib/users/get-user-account';

export const metadata: Metadata = { title: 'Account' };

export default async function UserAccountPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await getActor();
  if (!actor || !canManageUsers(actor)) notFound();
  const { userId } = await params;
  const user = await notFoundOnBadAddress(getUserAccount({ actor, input: { userId } }));
  const { items: tokens } = await listApiTokens({ actor, input: { userId: user.id } });
  const isOwnAccount = user.id === actor.id;
  return (
    <>
      <p>
        <Link href="/admin/users">← Accounts</Link>
      </p>
      <h1>{user.name}</h1>
      <AccountDetails details={{ Email: user.email, Role: user.role, Status: <AccountStatusBadge isActive={user.isActive} />, Created: formatTime(user.createdAt) }} />
      {isOwnAccount ? (
        <p className="notice">
          This is your account: another admin changes your role or deactivates it. Change your password on <Link href="/account">My account</Link>.
        </p>
      ) : (
        <>
          <h2>Role</h2>
          <RoleForm key={user.role} userId={user.id} role={user.role} />
          <h2>Status</h2>
          <AccountStatusControl key={String(user.isActive)} userId={user.id} name={user.name} isActive={user.isActive} />
          <h2>Password</h2>
          <ResetPasswordForm userId={user.id} name={user.name} />
        </>
      )}
      <h2>API tokens</h2>
      <ApiTokenTable tokens={tokens} />
    </>
  );
}
