import { db } from '@/lib/db';

// Two ways to see that a request wrote nothing: a trigger on every table counts the rows written
// (cheap, read after each request), and an md5 of every table's rows (read around each property,
// and to show which tables changed). Both cover every table of the schema, those added later too.

const counterTable = 'fuzz_row_writes';

let tableNames: Promise<string[]> | undefined;
let counterInstalled: Promise<void> | undefined;

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function appTables(): Promise<string[]> {
  tableNames ??= db.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> ${counterTable} ORDER BY table_name`.then((rows) => rows.map((row) => row.name));
  return tableNames;
}

async function installCounter(): Promise<void> {
  await db.$executeRawUnsafe(`CREATE TABLE ${counterTable} (count bigint NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO ${counterTable} VALUES (0)`);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION fuzz_count_row_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE ${counterTable} SET count = count + 1;
      RETURN NULL;
    END $$`);
  for (const table of await appTables()) {
    await db.$executeRawUnsafe(`CREATE TRIGGER fuzz_count_row_write AFTER INSERT OR UPDATE OR DELETE ON ${quoteIdentifier(table)} FOR EACH ROW EXECUTE FUNCTION fuzz_count_row_write()`);
  }
}

/** How many rows have been inserted, updated or deleted since the counter was installed (on first use). A rolled-back write does not count. */
export async function rowsWritten(): Promise<bigint> {
  counterInstalled ??= installCounter();
  await counterInstalled;
  const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count FROM ${counterTable}`);
  if (!row) throw new Error('The write counter has no row');
  return row.count;
}

/** Every table's row count and an md5 of its rows: equal fingerprints mean the same data, the audit history included. */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const query = (await appTables())
    .map((name) => `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${quoteIdentifier(name)} AS t`)
    .join('\nUNION ALL\n');
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; digest: string }[]>(query);
  return Object.fromEntries(rows.map(({ name, rows: count, digest }) => [name, `${count} rows, md5 ${digest}`]));
}
