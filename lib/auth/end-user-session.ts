import 'server-only';
import { z } from 'zod';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';

const ZSessionClaims = z.object({ sub: z.uuid(), sid: z.uuid() });

/**
 * Signing out: revokes the session a cookie names, so that cookie (or a copy of it) is refused
 * from the next request on, and audits it. A cookie naming no live session changes nothing.
 */
export async function endUserSession(claims: unknown): Promise<void> {
  const parsed = ZSessionClaims.safeParse(claims);
  if (!parsed.success) return;
  const { sub: userId, sid: sessionId } = parsed.data;
  await runTransaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
    await writeAuditEvent(tx, {
      actor: { kind: 'user', ...user },
      action: 'user.signed_out',
      entityType: 'user',
      entityId: userId,
      before: null,
      after: { sessionId },
    });
  });
}
