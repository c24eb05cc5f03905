import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { parse as parseConnectionString } from 'pg-connection-string';

// Prisma's schema engine compiled to WebAssembly: the native engine cannot be downloaded on our
// machines. The package's entry imports `.wasm` as an ES module, which Node 20 refuses, so the
// glue module is loaded by path and the WebAssembly instantiated here.
type GlueModule = typeof import('@prisma/schema-engine-wasm') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let gluePromise: Promise<GlueModule> | undefined;

async function loadGlue(): Promise<GlueModule> {
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

// The engine reads catalogue columns of Postgres's one-byte "char" type (pg_class.relkind and the
// like), which adapter-pg 7.10 refuses as an unsupported type. pg already returns them as strings,
// so the adapter is told they are text.
const charTypeId = 18;
const textTypeId = 25;
type QueryResult = { fields: { dataTypeID: number }[] };
type AdapterWithIO = { performIO(query: unknown): Promise<QueryResult> };

function readCharColumnsAsText<Adapter extends object>(adapter: Adapter): Adapter {
  const withIO = adapter as unknown as AdapterWithIO;
  const performIO = withIO.performIO.bind(adapter);
  withIO.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === charTypeId) field.dataTypeID = textTypeId;
    return result;
  };
  return adapter;
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
    const adapter = readCharColumnsAsText(await super.connect());
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
    const shadow = readCharColumnsAsText(await new PrismaPg({ ...this.fields, database: name }).connect());
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
  } finally {
    engine.free();
    await connections.disposeAll();
  }
}
