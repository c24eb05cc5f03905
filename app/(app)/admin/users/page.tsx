import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewAccountForm } from '@/components/admin/new-account-form';
import { UserTable } from '@/components/admin/user-table';
import { getActor } from '@/lib/auth/get-actor';
import { canManageUsers } from '@/lib/permissions';
import { listUsers } from '@/lib/users/list-users';

export const metadata: Metadata = { title: 'Accounts' };

export default async function AccountsPage() {
  const actor = await getActor();
  if (!actor || !canManageUsers(actor)) notFound();
  const { items } = await listUsers({ actor });
  return (
    <>
      <h1>Accounts</h1>
      <UserTable users={items} />
      <h2>New account</h2>
      <NewAccountForm />
    </>
  );
}
