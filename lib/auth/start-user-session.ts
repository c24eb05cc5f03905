import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { sessionLifetime } from './session-lifetime';

/**
 * Opens a server-side session for a user who just proved their password, inside the transaction
 * that audits the sign-in, and returns its id for the session cookie. The user's sessions past
 * their absolute lifetime are deleted on the way: no cookie can still name them.
 */
export async function startUserSession(tx: DbTransaction, userId: string): Promise<string> {
  const expiredBefore = new Date(Date.now() - sessionLifetime.absoluteSeconds * 1000);
  await tx.userSession.deleteMany({ where: { userId, createdAt: { lt: expiredBefore } } });
  const session = await tx.userSession.create({ data: { userId }, select: { id: true } });
  return session.id;
}
