// When autocannon stops a run it drops its connections with saves still in flight: the server
// finishes them, but their answers (and new versions) never reach the pairs. Without this, the
// first save of each connection in the next run would be refused as stale (409), a conflict the
// bench made itself. So after each run: wait until the stored versions stop changing, then take them.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { VerdictPair } from './verdict-pair';

async function storedVersions(client: pg.Client, pairs: VerdictPair[]): Promise<Map<string, number>> {
  const { rows } = await client.query<{ id: string; version: number }>('SELECT id, version FROM verdicts WHERE id = ANY($1::uuid[])', [pairs.map((pair) => pair.verdictId)]);
  return new Map(rows.map((row) => [row.id, row.version]));
}

const sameVersions = (a: Map<string, number>, b: Map<string, number>) => [...a].every(([id, version]) => b.get(id) === version);

/** Waits for the saves in flight when a run ended (about its slowest answer), then sets each pair's version from the database. */
export async function refreshVersions(url: string, pairs: VerdictPair[], slowestMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await sleep(slowestMs + 200);
    let versions = await storedVersions(client, pairs);
    for (let check = 0; check < 20; check += 1) {
      await sleep(250);
      const again = await storedVersions(client, pairs);
      if (sameVersions(versions, again)) break;
      versions = again;
    }
    for (const pair of pairs) pair.version = versions.get(pair.verdictId) ?? pair.version;
  } finally {
    await client.end();
  }
}
