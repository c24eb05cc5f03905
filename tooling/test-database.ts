// Scratch databases on the local test server (refusing any other), for the Vitest setup,
// `npm run test:e2e` and the benchmarks.
import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';

const localHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** The Postgres server the tests use: DATABASE_URL's, or the local one. Never a remote server. */
export function testServerUrl(): string {
  const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const { host } = parseConnectionString(url);
  if (!host || !localHosts.has(host)) {
    throw new Error(`Tests create and drop databases, so they only run against a local server; DATABASE_URL points at ${host}.`);
  }
  return url;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Drops every database whose name starts with `prefix` (what one test run made). */
export async function dropDatabasesStartingWith(serverUrl: string, prefix: string): Promise<void> {
  const names = await onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    return rows.map((row) => row.datname);
  });
  for (const name of names) await dropDatabase(serverUrl, name);
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}
