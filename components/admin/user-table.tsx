import Link from 'next/link';
import { DataTable, type Column } from '@/components/ui/data-table';
import { formatTime } from '@/components/ui/format-time';

export type UserRow = { id: string; email: string; name: string; role: string; isActive: boolean; createdAt: Date; activeApiTokens: number };

export function AccountStatusBadge({ isActive }: { isActive: boolean }) {
  return <span className={`badge ${isActive ? 'account-active' : 'account-deactivated'}`}>{isActive ? 'Active' : 'Deactivated'}</span>;
}

const columns: Column<UserRow>[] = [
  { header: 'Name', cell: (user) => <Link href={`/admin/users/${user.id}`}>{user.name}</Link> },
  { header: 'Email', cell: (user) => user.email },
  { header: 'Role', cell: (user) => user.role },
  { header: 'Status', cell: (user) => <AccountStatusBadge isActive={user.isActive} /> },
  { header: 'Created', cell: (user) => formatTime(user.createdAt) },
  { header: 'Active tokens', cell: (user) => user.activeApiTokens },
];

/** Every account; each name opens its page. */
export function UserTable({ users }: { users: UserRow[] }) {
  return <DataTable label="Accounts" columns={columns} rows={users} rowClassName={(user) => (user.isActive ? undefined : 'is-deactivated')} />;
}
