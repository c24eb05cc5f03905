import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { z } from 'zod';
import type { UserActor } from './actor';
import { authOptions } from './auth-options';
import { findActiveUser } from './find-active-user';

const ZSession = z.object({ userId: z.uuid() });

/** The signed-in user for this request (pages, server actions), checked against the database. */
export const getActor = cache(async (): Promise<UserActor | null> => {
  const session = ZSession.safeParse(await getServerSession(authOptions));
  return session.success ? findActiveUser(session.data.userId) : null;
});
