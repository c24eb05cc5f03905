import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TAccountRef } from '@/lib/validations/user';
import { accountRefField } from './find-user-for-update';
import { userSnapshotSelect } from './user-snapshot';

/** Reads a user by id or email, without a lock: for checks made before a transaction. */
export async function findUser(ref: TAccountRef) {
  const user = await db.user.findUnique({
    where: ref.userId !== undefined ? { id: ref.userId } : { email: ref.email ?? '' },
    select: userSnapshotSelect,
  });
  if (user) return user;
  const field = accountRefField(ref);
  throw new AppError('not_found', `No account has the ${field === 'userId' ? 'id' : 'email'} ${ref[field] ?? ''}`, field);
}
