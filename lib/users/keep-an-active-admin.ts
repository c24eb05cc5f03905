import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Locks every active admin's row, in id order. Take it before locking the account being changed:
 * two admins demoting or deactivating each other at once then run one after the other, and the
 * second sees the first's change, so the last active admin cannot be removed by a race.
 */
export async function lockActiveAdmins(tx: DbTransaction): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE role = 'admin' AND is_active ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Refuses a change that would leave no active admin: nobody could manage accounts from the pages any more. */
export function assertAnotherActiveAdmin(activeAdminIds: string[], userId: string, field: string, change: string): void {
  if (!activeAdminIds.includes(userId) || activeAdminIds.some((id) => id !== userId)) return;
  throw new AppError('conflict', `This is the last active admin and cannot be ${change}: make another account an admin first`, field);
}
