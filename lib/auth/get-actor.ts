import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { z } from 'zod';
import type { UserActor } from '@/lib/actor';
import { authOptions } from './auth-options';
import { findActiveUser } from './find-active-user';
import { isSessionTooOld } from './session-lifetime';

const ZSession = z.object({ userId: z.uuid(), sessionId: z.uuid(), authTime: z.number().int() });

/**
 * The signed-in user for this request (pages, server actions), checked against the database: the
 * account must still be active, its session not signed out, and the session younger than its
 * absolute lifetime and than the account's last password reset or deactivation.
 */
export const getActor = cache(async (): Promise<UserActor | null> => {
  const session = ZSession.safeParse(await getServerSession(authOptions));
  if (!session.success || isSessionTooOld(session.data.authTime)) return null;
  const { userId, sessionId, authTime } = session.data;
  return findActiveUser(userId, { sessionId, sessionStartedAt: new Date(authTime) });
});
