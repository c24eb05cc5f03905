import { existsSync, readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

/** The processes `pid` started that are running now (its cluster workers), from /proc; none once it has ended. */
export function childPids(pid: number): number[] {
  if (!existsSync(`/proc/${pid}/task`)) return [];
  const tasks = readdirSync(`/proc/${pid}/task`);
  return tasks.flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
}

/** The processes holding connections to the database, by the application name lib/db gives them. */
export async function pidsConnectedTo(databaseUrl: string): Promise<Set<number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT application_name AS name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'factcheck-review pid %'`,
    );
    return new Set(rows.map((row) => Number(row.name.replace('factcheck-review pid ', ''))));
  } finally {
    await client.end();
  }
}
