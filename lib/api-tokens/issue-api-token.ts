import 'server-only';
import type { Actor } from '@/lib/actor';
import { generateApiToken } from './api-token';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { ZIssueApiToken } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { accountRefField, findUserForUpdate } from '@/lib/users/find-user-for-update';
import { tokenOwner } from './token-owner';

/**
 * Issues a personal API token: the caller's own, or (admins, the command line) the account named by
 * `userId` or `email`. The returned `token` is the only time the secret exists outside its hash.
 */
export async function issueApiToken({ actor, input }: { actor: Actor; input: unknown }) {
  const { name, ...named } = parseInput(ZIssueApiToken, input);
  const ref = tokenOwner(actor, named);
  const { token, tokenHash, prefix } = generateApiToken();
  return runTransaction(async (tx) => {
    const user = await findUserForUpdate(tx, ref);
    if (!user.isActive) throw new AppError('invalid', `The account ${user.email} is deactivated`, accountRefField(ref));
    const created = await tx.apiToken.create({ data: { userId: user.id, name, tokenHash, prefix }, select: { id: true, createdAt: true } });
    await writeAuditEvent(tx, {
      actor,
      action: 'api_token.issued',
      entityType: 'api_token',
      entityId: created.id,
      before: null,
      after: { userId: user.id, name, prefix },
    });
    return { id: created.id, name, prefix, createdAt: created.createdAt, token, user };
  });
}
