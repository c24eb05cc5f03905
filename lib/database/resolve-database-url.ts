import { configuredDatabaseUrl, embeddedDataDir } from '@/lib/env';
import { findRunningEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export type ResolvedDatabase = { url: string; source: 'env' | 'embedded-running' | 'embedded-opened'; embedded?: EmbeddedPostgres };

/**
 * Where a command-line tool finds the database: DATABASE_URL when set; otherwise the embedded
 * database, through the running server's socket when `npm start` is up, or opened here when it is not.
 */
export async function resolveDatabaseUrl(dataDir = embeddedDataDir()): Promise<ResolvedDatabase> {
  const configured = configuredDatabaseUrl();
  if (configured) return { url: configured, source: 'env' };
  const running = findRunningEmbeddedPostgres(dataDir);
  if (running) return { url: running.url, source: 'embedded-running' };
  const embedded = await startEmbeddedPostgres(dataDir);
  return { url: embedded.url, source: 'embedded-opened', embedded };
}
