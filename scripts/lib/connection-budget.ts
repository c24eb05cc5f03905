import pg from 'pg';
import { serverEnv } from '@/lib/env';

/**
 * Warns when the workers' pools together may open more connections than the database server
 * accepts: they open them only as load needs, so the server would start and then answer 503 under
 * load. Says nothing when the database cannot be reached: /api/health reports that.
 */
export async function warnIfPoolsExceedDatabase(workers: number): Promise<void> {
  const { DATABASE_URL: connectionString, DATABASE_POOL_SIZE: poolSize, DATABASE_CONNECT_TIMEOUT_MS: timeout } = serverEnv();
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeout });
  try {
    await client.connect();
    const { rows } = await client.query<{ accepted: number }>(
      `SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int AS accepted`,
    );
    const accepted = rows[0]?.accepted ?? Infinity;
    const total = workers * poolSize;
    if (total <= accepted) return;
    console.warn(
      `Warning: ${workers} worker processes × DATABASE_POOL_SIZE ${poolSize} = ${total} connections, more than the ${accepted} the database server accepts ` +
        '(max_connections less superuser_reserved_connections): lower FACTCHECK_WORKERS or DATABASE_POOL_SIZE, or raise max_connections.',
    );
  } catch {
    // Unreachable or not Postgres enough to say: nothing to compare.
  } finally {
    await client.end().catch(() => undefined);
  }
}
