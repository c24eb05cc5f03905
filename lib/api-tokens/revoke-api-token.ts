import 'server-only';
import type { Actor } from '@/lib/actor';
import { canManageApiTokensOf } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { ZRevokeApiToken } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { apiTokenSummarySelect } from './api-token-summary';

/**
 * Revokes an API token: its owner's or an admin's to revoke. To anyone else the token does not
 * exist. From the next request on, the token is refused (lib/http/authenticate-request).
 */
export async function revokeApiToken({ actor, input }: { actor: Actor; input: unknown }) {
  const { tokenId } = parseInput(ZRevokeApiToken, input);
  return runTransaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { ...apiTokenSummarySelect, userId: true } });
    if (!token || !canManageApiTokensOf(actor, token.userId)) throw new AppError('not_found', `No API token has the id ${tokenId}`, 'tokenId');
    const revokedAt = new Date();
    // Conditional, so of two revocations at once the second waits for the first and then finds nothing to do.
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt } });
    if (count === 0) {
      const when = token.revokedAt ? ` on ${token.revokedAt.toISOString()}` : '';
      throw new AppError('conflict', `The API token ${token.prefix}… was already revoked${when}`, 'tokenId');
    }
    const snapshot = { userId: token.userId, name: token.name, prefix: token.prefix };
    await writeAuditEvent(tx, {
      actor,
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: token.id,
      before: snapshot,
      after: { ...snapshot, revokedAt: revokedAt.toISOString() },
    });
    const { userId: _userId, ...summary } = token;
    return { ...summary, revokedAt };
  });
}
