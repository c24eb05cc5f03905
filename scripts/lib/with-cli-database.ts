import { resolveDatabaseUrl } from '@/lib/database/resolve-database-url';

/**
 * Runs a command-line tool against DATABASE_URL or the embedded database, then closes both.
 * `work` must import lib/db (and what uses it) itself, after DATABASE_URL is set here.
 */
export async function withCliDatabase<T>(work: () => Promise<T>): Promise<T> {
  const database = await resolveDatabaseUrl();
  process.env.DATABASE_URL = database.url;
  try {
    return await work();
  } finally {
    const { db } = await import('@/lib/db');
    await db.$disconnect();
    await database.embedded?.stop();
  }
}
