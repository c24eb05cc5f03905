import 'server-only';
import { db } from '@/lib/db';
import type { UserActor } from './actor';

/**
 * The account behind a session or token, as it is now: null when gone or deactivated, or, for a
 * session, when the session began before the account's password was reset.
 */
export async function findActiveUser(userId: string, { sessionStartedAt }: { sessionStartedAt?: Date } = {}): Promise<UserActor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionsValidFrom: true },
  });
  if (!user?.isActive) return null;
  if (sessionStartedAt && sessionStartedAt < user.sessionsValidFrom) return null;
  return { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role };
}
