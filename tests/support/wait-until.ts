import pg from 'pg';

/** Polls `condition` until it holds, instead of sleeping and hoping; throws naming `what` after timeoutMs. */
export async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function waitForSessions(databaseUrl: string, what: string, condition: string, fragment: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await waitUntil(`${count} sessions ${what} "${fragment}"`, async () => {
      const { rows } = await client.query<{ running: number }>(
        `SELECT count(*)::int AS running FROM pg_stat_activity WHERE ${condition} AND datname = current_database() AND pid <> pg_backend_pid() AND position($1 in query) > 0`,
        [fragment],
      );
      return (rows[0]?.running ?? 0) >= count;
    });
  } finally {
    await client.end();
  }
}

/** Waits until `count` sessions run a statement containing `fragment`, seen from a connection of its own. */
export async function waitForActiveQueries(databaseUrl: string, fragment: string, count: number): Promise<void> {
  await waitForSessions(databaseUrl, 'running', `state = 'active'`, fragment, count);
}

/** Waits until `count` sessions wait for a lock in a statement containing `fragment`: the moment a race is set up, without sleeping. */
export async function waitForLockWaits(databaseUrl: string, fragment: string, count: number): Promise<void> {
  await waitForSessions(databaseUrl, 'waiting for a lock in', `state = 'active' AND wait_event_type = 'Lock'`, fragment, count);
}
