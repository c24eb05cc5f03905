import pg from 'pg';

export type ConnectionBudget = { databaseUrl: string; workers: number; poolSize: number; connectTimeoutMs: number };

/**
 * What to warn of when the workers' pools together may open more connections than the database
 * server accepts: they open them only as load needs, so the server would start, then answer 503
 * under load. Null when they fit, and when the database cannot be reached (/api/health says so).
 */
export async function connectionBudgetWarning({ databaseUrl, workers, poolSize, connectTimeoutMs }: ConnectionBudget): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: connectTimeoutMs });
  try {
    await client.connect();
    const { rows } = await client.query<{ accepted: number }>(
      `SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int AS accepted`,
    );
    const accepted = rows[0]?.accepted ?? Infinity;
    // Each worker also keeps one connection for live updates (lib/live) while pages follow reports.
    const total = workers * (poolSize + 1);
    if (total <= accepted) return null;
    return (
      `Warning: ${workers} worker processes × (DATABASE_POOL_SIZE ${poolSize} + 1 for live updates) = ${total} connections, more than the ${accepted} the database server accepts ` +
      '(max_connections less superuser_reserved_connections): lower FACTCHECK_WORKERS or DATABASE_POOL_SIZE, or raise max_connections.'
    );
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}
