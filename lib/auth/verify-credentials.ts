import 'server-only';
import { db } from '@/lib/db';
import { ZSignIn } from '@/lib/validations/sign-in';
import type { UserActor } from './actor';
import { hashPassword, verifyPassword } from './password';

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const unknownUserHash = hashPassword('not-a-real-password-just-timing');

/** The user for an email and password, or null. Deactivated accounts never sign in. */
export async function verifyCredentials(input: unknown): Promise<UserActor | null> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, isActive: true, passwordHash: true },
  });
  const isMatch = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
  if (!user || !isMatch || !user.isActive) return null;
  return { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role };
}
