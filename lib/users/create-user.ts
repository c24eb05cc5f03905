import 'server-only';
import type { Actor } from '@/lib/actor';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { assertStrongPassword } from '@/lib/auth/password-strength';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { ZCreateUser } from '@/lib/validations/user';
import { parseInput } from '@/lib/validations/parse-input';
import { assertAllowed, canManageUsers } from '@/lib/permissions';
import { storeUser } from './store-user';

/**
 * Makes an account. Without a password one is generated and returned as `generatedPassword`, the
 * only time it exists outside its hash, for the admin to hand over.
 */
export async function createUser({ actor, input }: { actor: Actor; input: unknown }) {
  const { password: typed, ...fields } = parseInput(ZCreateUser, input);
  assertAllowed(actor, canManageUsers, 'manage accounts');
  if (typed !== undefined) assertStrongPassword(typed, [fields.email, fields.name]);
  const password = typed ?? generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    return await runTransaction(async (tx) => {
      const user = await storeUser(tx, actor, { ...fields, passwordHash });
      return { ...user, generatedPassword: typed === undefined ? password : null };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', `An account with the email ${fields.email} already exists`, 'email');
    }
    throw error;
  }
}
