// A PostgreSQL server of the test's own, in a temporary directory, that a test may stop and start
// (the shared server on 5432 must stay up for every other test). Uses the installed server's
// binaries; as root they run as the postgres user, since PostgreSQL refuses to run as root.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from '../../tooling/app-server';

function binDirectory(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((version) => path.join(root, version, 'bin')).find((bin) => existsSync(path.join(bin, 'pg_ctl')));
  if (!found) throw new Error(`No PostgreSQL server binaries under ${root}`);
  return found;
}

export type ScratchPostgres = { serverUrl: string; port: number; start: () => void; stop: () => void; remove: () => void };

type Cluster = { directory: string; run: (program: string, args: string[]) => void };

function newClusterDirectory(): Cluster {
  const bin = binDirectory();
  const directory = mkdtempSync('/tmp/factcheck-pg-');
  const asRoot = userInfo().uid === 0;
  const run = (program: string, args: string[]) => {
    const command = path.join(bin, program);
    execFileSync(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...args] : args, { stdio: 'pipe' });
  };
  if (asRoot) chownSync(directory, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  return { directory, run };
}

async function startCluster({ directory, run }: Cluster): Promise<ScratchPostgres> {
  const dataDirectory = path.join(directory, 'data');
  const port = await freePort();
  const options = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const server: ScratchPostgres = {
    serverUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => run('pg_ctl', ['-D', dataDirectory, '-o', options, '-l', path.join(directory, 'log'), '-w', 'start']),
    stop: () => run('pg_ctl', ['-D', dataDirectory, '-m', 'fast', '-w', 'stop']),
    remove: () => {
      try {
        server.stop();
      } catch {
        // Already stopped.
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}

export async function createScratchPostgres(): Promise<ScratchPostgres> {
  const cluster = newClusterDirectory();
  // initdb's defaults already allow streaming replication: wal_level replica, and replication
  // connections from 127.0.0.1 under the same (trust) rule.
  cluster.run('initdb', ['-D', path.join(cluster.directory, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  return startCluster(cluster);
}

/** A hot standby of `primary`, streaming from it: a base backup with its recovery settings (-R), started on a port of its own. */
export async function createScratchStandby(primary: ScratchPostgres): Promise<ScratchPostgres> {
  const cluster = newClusterDirectory();
  cluster.run('pg_basebackup', ['-D', path.join(cluster.directory, 'data'), '-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-R', '-X', 'stream', '--checkpoint=fast', '--no-sync']);
  return startCluster(cluster);
}
