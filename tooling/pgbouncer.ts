// PgBouncer (Debian's package) in transaction pooling mode in front of the test's Postgres, as a
// deployment would run it: each client transaction gets a server connection for its length only,
// so session state (session advisory locks, SET, named prepared statements) would not survive.
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './app-server';

const binary = '/usr/sbin/pgbouncer';

export type PgBouncer = {
  /** `databaseUrl` with its host and port pointed at PgBouncer. */
  through: (databaseUrl: string) => string;
  /** How many transactions PgBouncer has passed on to the database of `databaseUrl` (its SHOW STATS). */
  transactionsServed: (databaseUrl: string) => Promise<number>;
  stop: () => Promise<void>;
};

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts PgBouncer for the Postgres server of `serverUrl`, with `serverConnections` server
 * connections per database and user: fewer than the app's pool, so clients share them.
 */
export async function startPgBouncer(serverUrl: string, { serverConnections = 4 } = {}): Promise<PgBouncer> {
  if (!existsSync(binary)) throw new Error(`PgBouncer is not installed (${binary}): apt-get install pgbouncer`);
  const server = new URL(serverUrl);
  const directory = mkdtempSync('/tmp/factcheck-pgbouncer-');
  const port = await freePort();
  const user = decodeURIComponent(server.username || 'postgres');
  writeFileSync(path.join(directory, 'users.txt'), `"${user}" ""\n`);
  writeFileSync(
    path.join(directory, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(directory, 'users.txt')}`,
      'pool_mode = transaction',
      // As docs/operations.md recommends: while the database is down, a client waits for a server
      // connection no longer than the app would wait for its own pool (DATABASE_CONNECT_TIMEOUT_MS,
      // 3 s), so it answers 503 instead of hanging; once the database is back, PgBouncer logs in
      // again within a second instead of the default 15.
      'query_wait_timeout = 3',
      'server_login_retry = 1',
      `default_pool_size = ${serverConnections}`,
      'max_client_conn = 1000',
      'ignore_startup_parameters = extra_float_digits,options',
      `admin_users = ${user}`,
      `logfile = ${path.join(directory, 'log')}`,
      '',
    ].join('\n'),
  );
  // PgBouncer refuses to run as root; -u has it switch to the postgres user.
  const asRoot = userInfo().uid === 0;
  if (asRoot) chownSync(directory, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const child = spawn(binary, [...(asRoot ? ['-u', 'postgres'] : []), path.join(directory, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const deadline = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`PgBouncer did not start on port ${port}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const through = (databaseUrl: string) => {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(port);
    return url.toString();
  };
  return {
    through,
    transactionsServed: async (databaseUrl) => {
      const adminUrl = new URL(through(databaseUrl));
      const database = adminUrl.pathname.slice(1);
      adminUrl.pathname = '/pgbouncer';
      const client = new pg.Client({ connectionString: adminUrl.toString() });
      await client.connect();
      try {
        const { rows } = await client.query<{ database: string; total_xact_count: string }>('SHOW STATS');
        return Number(rows.find((row) => row.database === database)?.total_xact_count ?? 0);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
