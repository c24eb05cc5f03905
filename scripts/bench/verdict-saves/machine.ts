import os from 'node:os';
import pg from 'pg';
import { round } from '../statistics';

export type Machine = { cores: number; cpu: string; memoryGiB: number; node: string; postgres: string; sharedBuffers: string; synchronousCommit: string };

export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; sharedBuffers: string; synchronousCommit: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS "sharedBuffers", current_setting('synchronous_commit') AS "synchronousCommit"`,
    );
    return {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: rows[0]?.version ?? 'unknown',
      sharedBuffers: rows[0]?.sharedBuffers ?? 'unknown',
      synchronousCommit: rows[0]?.synchronousCommit ?? 'unknown',
    };
  } finally {
    await client.end();
  }
}

export function machineLine(machine: Machine): string {
  return `${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres} (shared_buffers ${machine.sharedBuffers}, synchronous_commit ${machine.synchronousCommit})`;
}
