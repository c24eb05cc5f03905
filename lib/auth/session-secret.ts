import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';

const secretName = 'nextauth_secret';

/**
 * The key that signs session cookies. Made once per database and kept there, so every server
 * process on this database accepts the same sessions and a restart signs no one out.
 */
export async function ensureSessionSecret(): Promise<string> {
  await db.serverSecret.createMany({
    data: [{ name: secretName, value: randomBytes(32).toString('base64url') }],
    skipDuplicates: true,
  });
  const secret = await db.serverSecret.findUniqueOrThrow({ where: { name: secretName } });
  return secret.value;
}
