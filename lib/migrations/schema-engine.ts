import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { parse as parseConnectionString } from 'pg-connection-string';

// Prisma's schema engine compiled to WebAssembly: the native engine cannot be downloaded on our
// machines. The package's entry imports `.wasm` as an ES module, which Node 20 refuses, so the
// glue module is loaded by path and the WebAssembly instantiated here.
type GlueModule = typeof import('@prisma/schema-engine-wasm') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let gluePromise: Promise<GlueModule> | undefined;

// The engine reports a Rust panic through this global before it throws; keep the message so the
// error says what went wrong instead of failing on a missing registry.
const panicRegistry = { message: '', set_message(message: string) { this.message = message; } };

async function loadGlue(): Promise<GlueModule> {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = (await import(gluePath)) as GlueModule;
  const wasmBytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

type ConnectionFields = { host: string; port: number; user: string; password?: string; database: string };

// Separate fields, not a connection string: pg lets a `connectionString` win over `database`,
// which would make a "shadow" connection land in the real database.
function connectionFields(databaseUrl: string): ConnectionFields {
  const { host, port, user, password, database } = parseConnectionString(databaseUrl);
  return {
    host: host ?? '127.0.0.1',
    port: port ? Number(port) : 5432,
    user: user ?? 'postgres',
    password: password ?? undefined,
    database: database ?? 'postgres',
  };
}

// The engine reads catalogue columns of Postgres's one-byte "char" type (pg_class.relkind,
// pg_constraint.contype), which adapter-pg 7.10 refuses as an unsupported type. pg already returns
// them as strings: the adapter is told they are text, and the engine then gets them typed as
// characters, which is what it reads them as.
const charTypeId = 18;
const textTypeId = 25;
type Query = object;
type QueryResult = { fields: { dataTypeID: number }[] };
type ResultSet = { columnTypes: number[] };
type AdapterInternals = {
  performIO(query: Query): Promise<QueryResult>;
  queryRaw(query: Query): Promise<ResultSet>;
  executeScript(script: string): Promise<void>;
  onError(error: unknown): never;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
};

// adapter-pg 7.10 runs a migration script by splitting it on every ";", which cuts functions and
// DO blocks in half. Postgres takes the whole script as one simple query, as Prisma's native engine
// sends it (one implicit transaction, so a failing migration leaves nothing half-applied).
function runScriptsWhole(internals: AdapterInternals) {
  internals.executeScript = async (script) => {
    try {
      await internals.underlyingDriver().query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
}

function readCharColumns<Adapter extends object>(adapter: Adapter): Adapter {
  const internals = adapter as unknown as AdapterInternals;
  const performIO = internals.performIO.bind(adapter);
  const queryRaw = internals.queryRaw.bind(adapter);
  const charColumns = new WeakMap<Query, number[]>();
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const columns = result.fields.flatMap((field, index) => (field.dataTypeID === charTypeId ? [index] : []));
    for (const index of columns) (result.fields[index] as { dataTypeID: number }).dataTypeID = textTypeId;
    if (columns.length > 0) charColumns.set(query, columns);
    return result;
  };
  internals.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumns.get(query) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return adapter;
}

function adaptForSchemaEngine<Adapter extends object>(adapter: Adapter): Adapter {
  runScriptsWhole(adapter as unknown as AdapterInternals);
  return readCharColumns(adapter);
}

/**
 * adapter-pg's own shadow database drops the database before closing its pool, which Postgres
 * refuses ("is being accessed by other users"), and it connects to it by connection string.
 * This one closes the shadow pool first and drops the database after.
 */
class PgWithShadowDatabase extends PrismaPg {
  private readonly openAdapters = new Set<{ dispose(): Promise<void> }>();

  constructor(private readonly fields: ConnectionFields) {
    super(fields);
  }

  override async connect() {
    const adapter = adaptForSchemaEngine(await super.connect());
    this.openAdapters.add(adapter);
    return adapter;
  }

  /** Closes every pool the engine opened: freeing the engine leaves them connected. */
  async disposeAll() {
    const adapters = [...this.openAdapters];
    this.openAdapters.clear();
    await Promise.allSettled(adapters.map((adapter) => adapter.dispose()));
  }

  override async connectToShadowDb() {
    const admin = await super.connect();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = adaptForSchemaEngine(await new PrismaPg({ ...this.fields, database: name }).connect());
    const closeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadow();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.dispose();
    };
    this.openAdapters.add(shadow);
    return shadow;
  }
}

export type SchemaFile = { path: string; content: string };

/** Runs `work` with a schema engine connected to `databaseUrl`, then frees it and closes its connections. */
export async function withSchemaEngine<T>(databaseUrl: string, schema: SchemaFile, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  const connections = new PgWithShadowDatabase(connectionFields(databaseUrl));
  const quiet = () => {};
  const engine = await glue.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, quiet, bindMigrationAwareSqlAdapterFactory(connections));
  try {
    return await work(engine);
  } catch (error) {
    if (panicRegistry.message) throw new Error(`Prisma schema engine panicked: ${panicRegistry.message}`, { cause: error });
    throw error;
  } finally {
    engine.free();
    await connections.disposeAll();
  }
}
