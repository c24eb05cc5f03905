// The physical limit of saving verdicts on this machine: pgbench replays one save's statements
// (extended protocol, one unnamed statement per query, as node-postgres sends them) with as many
// clients as the app's pool has connections, against the same scratch database.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { CapturedStatement } from './capture-save-statements';
import { buildPgbenchScript, pairColumns, pgbenchPairTable } from './pgbench-script';
import type { VerdictPair } from './verdict-pair';

export type PgbenchResult = { clients: number; seconds: number; tps: number; transactions: number; failed: number; latencyAverageMs: number; statementsPerSave: number };

/** The helper table each pgbench client reads its pair from, by client_id (0 to clients - 1). */
async function fillPairTable(url: string, pairs: VerdictPair[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = pairs.map((pair, clientId) => ({ client_id: clientId, ...pairColumns(pair) }));
    const columns = Object.keys(rows[0] ?? {}).filter((column) => column !== 'client_id');
    await client.query(`DROP TABLE IF EXISTS ${pgbenchPairTable}`);
    await client.query(`CREATE TABLE ${pgbenchPairTable} (client_id int PRIMARY KEY, ${columns.map((column) => `${column} uuid NOT NULL`).join(', ')})`);
    await client.query(`INSERT INTO ${pgbenchPairTable} SELECT * FROM json_populate_recordset(NULL::${pgbenchPairTable}, $1)`, [JSON.stringify(rows)]);
    await client.query(`ANALYZE ${pgbenchPairTable}`);
  } finally {
    await client.end();
  }
}

function runPgbench(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`pgbench exited with ${code}:\n${output}`))));
  });
}

function figure(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  if (!match?.[1]) throw new Error(`pgbench printed no ${pattern.source}:\n${output}`);
  return Number(match[1]);
}

function parseRun(output: string, clients: number, seconds: number, statementsPerSave: number): PgbenchResult {
  return {
    clients,
    seconds,
    tps: figure(output, /tps = ([\d.]+) \(without initial connection time\)/),
    transactions: figure(output, /number of transactions actually processed: (\d+)/),
    failed: Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0),
    latencyAverageMs: figure(output, /latency average = ([\d.]+) ms/),
    statementsPerSave,
  };
}

/**
 * Replays the captured save `runs` times with `clients` pgbench clients for `seconds`, each client
 * on pairs[client_id]; returns the run of median tps, with every run's tps.
 */
export async function replaySaveWithPgbench({ url, statements, capturedPair, pairs, clients, seconds, runs, directory }: {
  url: string;
  statements: CapturedStatement[];
  capturedPair: VerdictPair;
  pairs: VerdictPair[];
  clients: number;
  seconds: number;
  runs: number;
  directory: string;
}): Promise<PgbenchResult & { tpsOfRuns: number[]; script: string }> {
  if (pairs.length < clients) throw new Error(`pgbench needs ${clients} pairs, there are ${pairs.length}`);
  await fillPairTable(url, pairs.slice(0, clients));
  const script = buildPgbenchScript(statements, capturedPair);
  const scriptPath = path.join(directory, 'save-verdict.pgbench.sql');
  await writeFile(scriptPath, script);
  const results: PgbenchResult[] = [];
  for (let run = 0; run < runs; run += 1) {
    const output = await runPgbench(['-n', '-M', 'extended', '-f', scriptPath, '-c', String(clients), '-j', '2', '-T', String(seconds), url]);
    results.push(parseRun(output, clients, seconds, statements.length));
  }
  const byTps = [...results].sort((a, b) => a.tps - b.tps);
  const medianRun = byTps[Math.floor((byTps.length - 1) / 2)];
  if (!medianRun) throw new Error('pgbench did not run');
  return { ...medianRun, tpsOfRuns: results.map((result) => result.tps), script };
}
