import pg from 'pg';
import { AppError } from '@/lib/errors';

// The server's login role gets ordinary rights on every table but these: the audit history may
// only grow, and the migration bookkeeping is read by the health check, never written.
const auditTable = 'audit_events';
const migrationsTable = '_prisma_migrations';
const auditTableRights = ['SELECT', 'INSERT'];
const refusedAuditRights = ['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES'];
const longestIdentifier = 63;

export type AppRoleGrants = { role: string; database: string; owner: string; statements: string[] };

/** What the grants cover: the public schema's tables, sequences and own functions, and who owns audit_events. */
export type GrantedSchema = { database: string; owner: string; tables: string[]; sequences: string[]; routines: string[] };

type OwnedObject = { kind: string; name: string; owner: string };

const quote = (name: string) => pg.escapeIdentifier(name);
const qualified = (names: string[]) => names.map((name) => `public.${quote(name)}`).join(', ');

/**
 * The SQL that gives `role` the server's rights on the public schema: full use of the ordinary
 * tables, INSERT and SELECT only on audit_events, SELECT on _prisma_migrations, and the same rights
 * on what the tables' owner creates later. Each right is revoked first, so running it again
 * also takes back anything granted by hand since.
 */
export function appRoleGrantStatements(role: string, schema: GrantedSchema): string[] {
  const grantee = quote(role);
  const ordinaryTables = schema.tables.filter((table) => table !== auditTable && table !== migrationsTable);
  const forOwner = `ALTER DEFAULT PRIVILEGES FOR ROLE ${quote(schema.owner)} IN SCHEMA public GRANT`;
  return [
    `GRANT CONNECT ON DATABASE ${quote(schema.database)} TO ${grantee}`,
    `REVOKE ALL ON SCHEMA public FROM ${grantee}`,
    `GRANT USAGE ON SCHEMA public TO ${grantee}`,
    `REVOKE ALL ON TABLE ${qualified(schema.tables)} FROM ${grantee}`,
    ...(ordinaryTables.length > 0 ? [`GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE ${qualified(ordinaryTables)} TO ${grantee}`] : []),
    `GRANT ${auditTableRights.join(', ')} ON TABLE ${qualified([auditTable])} TO ${grantee}`,
    ...(schema.tables.includes(migrationsTable) ? [`GRANT SELECT ON TABLE ${qualified([migrationsTable])} TO ${grantee}`] : []),
    ...(schema.sequences.length > 0
      ? [`REVOKE ALL ON SEQUENCE ${qualified(schema.sequences)} FROM ${grantee}`, `GRANT USAGE, SELECT ON SEQUENCE ${qualified(schema.sequences)} TO ${grantee}`]
      : []),
    ...(schema.routines.length > 0 ? [`GRANT EXECUTE ON ROUTINE ${schema.routines.join(', ')} TO ${grantee}`] : []),
    `${forOwner} SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${grantee}`,
    `${forOwner} USAGE, SELECT ON SEQUENCES TO ${grantee}`,
    `${forOwner} EXECUTE ON ROUTINES TO ${grantee}`,
  ];
}

function checkRoleName(role: string) {
  if (role.length === 0 || Buffer.byteLength(role) > longestIdentifier || role.includes('\0')) {
    throw new AppError('invalid', `"${role}" is not a role name: a PostgreSQL role name has 1 to ${longestIdentifier} bytes.`, 'role');
  }
}

async function readSchema(client: pg.ClientBase): Promise<GrantedSchema> {
  const { rows } = await client.query<Omit<GrantedSchema, 'owner'> & { owner: string | null }>(`
    SELECT current_database() AS database,
      (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('public.${auditTable}')) AS owner,
      ARRAY(SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY relname)::text[] AS tables,
      ARRAY(SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY relname)::text[] AS sequences,
      -- Extension functions (pg_trgm) belong to whoever installed it, and PUBLIC may execute them.
      ARRAY(SELECT format('public.%I(%s)', proname, pg_get_function_identity_arguments(p.oid)) FROM pg_proc p
        WHERE pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        ORDER BY 1) AS routines`);
  const [schema] = rows;
  if (!schema?.owner) {
    throw new AppError('not_found', `Database "${schema?.database}" has no ${auditTable} table: run npm run db:migrate first, as the owner role.`);
  }
  return { ...schema, owner: schema.owner };
}

// Whoever owns the audit table, its functions, the schema or the database (or may act as that
// owner) can disable or drop the triggers that keep the history append-only.
async function findOwnedObjects(client: pg.ClientBase, role: string): Promise<OwnedObject[]> {
  const { rows } = await client.query<OwnedObject>(
    `SELECT kind, name, pg_get_userbyid(owner_id) AS owner FROM (
       SELECT CASE relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'table' END AS kind,
         relname AS name, relowner AS owner_id
       FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
       UNION ALL SELECT 'function', proname, proowner FROM pg_proc WHERE pronamespace = 'public'::regnamespace
       UNION ALL SELECT 'schema', nspname, nspowner FROM pg_namespace WHERE nspname = 'public'
       UNION ALL SELECT 'database', datname, datdba FROM pg_database WHERE datname = current_database()
     ) owned
     WHERE pg_has_role($1::name, owner_id, 'MEMBER')
     ORDER BY kind = 'table' DESC, name`,
    [role],
  );
  return rows;
}

function describeOwnership(role: string, owned: OwnedObject[]): string {
  const shown = owned.slice(0, 5).map((object) =>
    object.owner === role
      ? `it owns ${object.kind} "${object.name}"`
      : `it belongs to "${object.owner}", which owns ${object.kind} "${object.name}"`,
  );
  const more = owned.length > shown.length ? `; and ${owned.length - shown.length} more` : '';
  return `${shown.join('; ')}${more}`;
}

async function checkRoleIsSafe(client: pg.ClientBase, role: string) {
  const { rows } = await client.query<{ isSuperuser: boolean; canCreateRoles: boolean }>(
    'SELECT rolsuper AS "isSuperuser", rolcreaterole AS "canCreateRoles" FROM pg_roles WHERE rolname = $1',
    [role],
  );
  const [found] = rows;
  if (!found) {
    throw new AppError('not_found', `Role "${role}" does not exist. Create it first: CREATE ROLE ${quote(role)} LOGIN PASSWORD '…';`, 'role');
  }
  if (found.isSuperuser) {
    throw new AppError('forbidden', `Role "${role}" is a superuser, which skips the audit triggers at will (session_replication_role). Use a login role created with NOSUPERUSER.`, 'role');
  }
  if (found.canCreateRoles) {
    throw new AppError('forbidden', `Role "${role}" has CREATEROLE, so it could make itself a member of the tables' owner. Use a login role created with NOCREATEROLE.`, 'role');
  }
  const owned = await findOwnedObjects(client, role);
  if (owned.length > 0) {
    throw new AppError(
      'forbidden',
      `Role "${role}" must not own anything in this database's public schema, nor belong to a role that does (an owner can disable the audit triggers): ${describeOwnership(role, owned)}. Use a separate login role for the server.`,
      'role',
    );
  }
}

// Rights can also come through PUBLIC or predefined roles such as pg_write_all_data, which revoking
// the role's own grants does not touch: check what the role ends up with before committing.
async function checkAuditTableIsAppendOnly(client: pg.ClientBase, role: string) {
  const { rows } = await client.query<{ auditRights: string[]; canCreateTables: boolean }>(
    `SELECT ARRAY(SELECT privilege FROM unnest($2::text[]) privilege WHERE has_table_privilege($1::name, 'public.${auditTable}', privilege)) AS "auditRights",
       has_schema_privilege($1::name, 'public', 'CREATE') AS "canCreateTables"`,
    [role, refusedAuditRights],
  );
  const [granted] = rows;
  const problems = [
    ...(granted && granted.auditRights.length > 0 ? [`${granted.auditRights.join(', ')} on ${auditTable}`] : []),
    ...(granted?.canCreateTables ? ['CREATE on schema public (so it could come to own tables there)'] : []),
  ];
  if (problems.length > 0) {
    throw new AppError(
      'forbidden',
      `Role "${role}" would still have ${problems.join(' and ')}, through PUBLIC or a role it belongs to (such as pg_write_all_data). Revoke that, then run this again; nothing was granted.`,
      'role',
    );
  }
}

// Granting on the owner's tables and setting the owner's default privileges take the owner's rights;
// anyone else would get warnings and half the grants.
async function checkGrantorActsForOwner(client: pg.ClientBase, owner: string) {
  const { rows } = await client.query<{ grantor: string; canActAsOwner: boolean }>(
    `SELECT current_user AS grantor, pg_has_role(current_user, $1::name, 'MEMBER') AS "canActAsOwner"`,
    [owner],
  );
  const [grantor] = rows;
  if (!grantor?.canActAsOwner) {
    throw new AppError('forbidden', `Connected as "${grantor?.grantor}", which cannot grant on tables owned by "${owner}": run this with DATABASE_URL connecting as "${owner}".`);
  }
}

/**
 * Gives an existing login role the rights the server needs on the database `client` is connected
 * to, in one transaction. Run it as the role that owns the tables (the one migrations run as), after
 * each migration. Refuses a role that could turn off the audit history's protection.
 */
export async function grantAppRole(client: pg.ClientBase, role: string): Promise<AppRoleGrants> {
  checkRoleName(role);
  await client.query('BEGIN');
  try {
    await checkRoleIsSafe(client, role);
    const schema = await readSchema(client);
    await checkGrantorActsForOwner(client, schema.owner);
    const statements = appRoleGrantStatements(role, schema);
    for (const statement of statements) await client.query(statement);
    await checkAuditTableIsAppendOnly(client, role);
    await client.query('COMMIT');
    return { role, database: schema.database, owner: schema.owner, statements };
  } catch (error) {
    // A failed rollback must not hide why the grants failed; the connection is closed by the caller.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
