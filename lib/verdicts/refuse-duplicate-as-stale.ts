import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { staleVersion } from './stale-version';

/**
 * Runs a verdict save. Two first saves at once collide on the verdict's unique key: the loser is
 * refused as with a stale version, with the winner's verdict (read after the failed transaction).
 */
export async function refuseDuplicateAsStale<T>(
  what: 'verdict' | 'final verdict',
  readCurrent: () => Promise<{ version: number } | null>,
  save: () => Promise<T>,
): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw staleVersion(await readCurrent(), what);
    throw error;
  }
}
