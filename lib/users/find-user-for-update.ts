import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { userSnapshotSelect } from './user-snapshot';

/** Loads a user by email and locks the row for the rest of the transaction. */
export async function findUserForUpdate(tx: DbTransaction, email: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE email = ${email} FOR UPDATE`;
  const id = rows[0]?.id;
  if (!id) throw new AppError('not_found', `No account has the email ${email}`, 'email');
  return tx.user.findUniqueOrThrow({ where: { id }, select: userSnapshotSelect });
}
