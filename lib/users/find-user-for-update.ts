import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TAccountRef } from '@/lib/validations/user';
import { userSnapshotSelect } from './user-snapshot';

/** Which input field named the account, for errors about it. */
export function accountRefField(ref: TAccountRef): 'userId' | 'email' {
  return ref.userId !== undefined ? 'userId' : 'email';
}

/** The error for an account that a reference does not find, naming the field that named it. */
export function accountNotFound(ref: TAccountRef): AppError {
  const field = accountRefField(ref);
  return new AppError('not_found', `No account has the ${field === 'userId' ? 'id' : 'email'} ${ref[field] ?? ''}`, field);
}

/** Loads a user by id or email and locks the row for the rest of the transaction. */
export async function findUserForUpdate(tx: DbTransaction, ref: TAccountRef) {
  const rows =
    ref.userId !== undefined
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${ref.userId}::uuid FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE email = ${ref.email ?? ''} FOR UPDATE`;
  const id = rows[0]?.id;
  if (!id) throw accountNotFound(ref);
  return tx.user.findUniqueOrThrow({ where: { id }, select: userSnapshotSelect });
}
