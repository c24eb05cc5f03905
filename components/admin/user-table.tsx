import Link from 'next/link';
import { formatTime } from '@/components/account/format-time';

export type UserRow = { id: string; email: string; name: string; role: string; isActive: boolean; createdAt: Date; activeApiTokens: number };

export function AccountStatusBadge({ isActive }: { isActive: boolean }) {
  return <span className={`badge ${isActive ? 'account-active' : 'account-deactivated'}`}>{isActive ? 'Active' : 'Deactivated'}</span>;
}

/** Every account; each name opens its page. */
export function UserTable({ users }: { users: UserRow[] }) {
  return (
    <table className="data-table" aria-label="Accounts">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Created</th>
          <th scope="col">Active tokens</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.isActive ? undefined : 'is-deactivated'}>
            <th scope="row">
              <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
            </th>
            <td>{user.email}</td>
            <td>{user.role}</td>
            <td>
              <AccountStatusBadge isActive={user.isActive} />
            </td>
            <td>{formatTime(user.createdAt)}</td>
            <td>{user.activeApiTokens}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
