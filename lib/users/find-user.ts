import 'server-only';
import { db } from '@/lib/db';
import type { TAccountRef } from '@/lib/validations/user';
import { accountNotFound } from './find-user-for-update';
import { userSnapshotSelect } from './user-snapshot';

/** Reads a user by id or email, without a lock: for checks made before a transaction. */
export async function findUser(ref: TAccountRef) {
  const user = await db.user.findUnique({
    where: ref.userId !== undefined ? { id: ref.userId } : { email: ref.email ?? '' },
    select: userSnapshotSelect,
  });
  if (user) return user;
  throw accountNotFound(ref);
}
