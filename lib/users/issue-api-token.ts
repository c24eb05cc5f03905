import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { generateApiToken } from '@/lib/auth/api-token';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZIssueApiToken } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { findUserForUpdate } from './find-user-for-update';
import { requireUserManager } from './require-user-manager';

/** Issues a personal API token. The returned `token` is the only time the secret exists outside its hash. */
export async function issueApiToken({ actor, input }: { actor: Actor; input: unknown }) {
  const { email, name } = parseInput(ZIssueApiToken, input);
  requireUserManager(actor);
  const { token, tokenHash, prefix } = generateApiToken();
  return db.$transaction(async (tx) => {
    const user = await findUserForUpdate(tx, email);
    if (!user.isActive) throw new AppError('invalid', `The account ${email} is deactivated`, 'email');
    const created = await tx.apiToken.create({ data: { userId: user.id, name, tokenHash, prefix }, select: { id: true } });
    await writeAuditEvent(tx, {
      actor,
      action: 'api_token.issued',
      entityType: 'api_token',
      entityId: created.id,
      before: null,
      after: { userId: user.id, name, prefix },
    });
    return { id: created.id, token, prefix, user };
  });
}
