import 'server-only';
import { db } from '@/lib/db';
import type { UserActor } from '@/lib/actor';

/** What deciding whether an account may act needs of it. */
export const actingUserSelect = { id: true, email: true, name: true, role: true, isActive: true, sessionsValidFrom: true } as const;

// A browser session's id (its `sid` claim) and when it began; API tokens have neither.
type SessionFacts = { sessionStartedAt: Date; sessionId?: string };

async function findUser(userId: string, session: SessionFacts | undefined) {
  if (!session?.sessionId) {
    const user = await db.user.findUnique({ where: { id: userId }, select: actingUserSelect });
    return user && { ...user, hasLiveSession: true };
  }
  // One round trip: the account and whether its session is still open (not signed out).
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { ...actingUserSelect, sessions: { where: { id: session.sessionId, revokedAt: null }, select: { id: true } } },
    relationLoadStrategy: 'join',
  });
  return user && { ...user, hasLiveSession: user.sessions.length > 0 };
}

/**
 * The account behind a session or token, as it is now: null when gone or deactivated, or, for a
 * session, when it was signed out or began before the account's password was reset.
 */
export async function findActiveUser(userId: string, session?: SessionFacts): Promise<UserActor | null> {
  const user = await findUser(userId, session);
  if (!user?.hasLiveSession) return null;
  if (session && session.sessionStartedAt < user.sessionsValidFrom) return null;
  return activeActor(user);
}

type ActingUser = { id: string; email: string; name: string; role: UserActor['role']; isActive: boolean };

/** The account as an actor, or null when it is deactivated. */
export function activeActor(user: ActingUser): UserActor | null {
  return user.isActive ? { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role } : null;
}
