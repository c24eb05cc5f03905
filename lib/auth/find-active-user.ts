import 'server-only';
import { db } from '@/lib/db';
import type { UserActor } from './actor';

/** The account behind a session or token, as it is now: null when gone or deactivated. */
export async function findActiveUser(userId: string): Promise<UserActor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, isActive: true },
  });
  if (!user?.isActive) return null;
  return { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role };
}
