import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { grantAppRole } from '@/lib/database/app-role-grants';

// lib/env reads DATABASE_URL when first imported. This file imports the services only after
// pointing DATABASE_URL at the app role, so they run with the rights the server would have.
const ownerUrl = process.env.DATABASE_URL as string;
const role = `factcheck_app_${Math.random().toString(36).slice(2, 10)}`;
const tableOwner = `${role}_owner`;
const ownerMember = `${role}_member`;
const roleMaker = `${role}_maker`;
const allWriter = `${role}_writer`;
const ownedTable = `${role}_owned`;

function urlAs(user: string): string {
  const url = new URL(ownerUrl);
  url.username = user;
  url.password = '';
  return url.toString();
}

let owner: pg.Client;
let app: pg.Client;

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

beforeAll(async () => {
  owner = await connect(ownerUrl);
  await owner.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB`);
  await grantAppRole(owner, role);
  app = await connect(urlAs(role));
  process.env.DATABASE_URL = urlAs(role);
});

afterAll(async () => {
  await app?.end();
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  // Roles belong to the whole server: take back what they hold in this database, then drop them.
  const { rows } = await owner.query<{ name: string }>('SELECT rolname AS name FROM pg_roles WHERE starts_with(rolname, $1)', [role]);
  const names = rows.map((row) => pg.escapeIdentifier(row.name));
  if (names.length > 0) await owner.query(`DROP OWNED BY ${names.join(', ')}`);
  for (const name of names) await owner.query(`DROP ROLE ${name}`);
  await owner.end();
});

async function auditEventCount(): Promise<number> {
  const { rows } = await owner.query<{ count: number }>('SELECT count(*)::int AS count FROM audit_events');
  return rows[0]?.count ?? 0;
}

async function enabledAuditTriggers(): Promise<string[]> {
  const { rows } = await owner.query<{ name: string }>(
    `SELECT tgname AS name FROM pg_trigger WHERE tgrelid = 'audit_events'::regclass AND NOT tgisinternal AND tgenabled = 'O' ORDER BY tgname`,
  );
  return rows.map((row) => row.name);
}

describe('the app role does what the server needs', () => {
  test('appends an audit event, which the chain trigger hashes, and reads it back', async () => {
    const before = await auditEventCount();
    const { rows } = await app.query<{ sequence: string; hash: string }>(
      `INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('app_role.checked', 'user', $1) RETURNING sequence, hash`,
      [role],
    );
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    const read = await app.query('SELECT action FROM audit_events WHERE sequence = $1', [rows[0]?.sequence]);
    expect(read.rows).toEqual([{ action: 'app_role.checked' }]);
    expect(await auditEventCount()).toBe(before + 1);
  });

  test('creates a user and changes its role through the services, with their audit events on a valid chain', async () => {
    const [{ cliActor }, { createUser }, { setUserRole }, { verifyAuditChain }, { checkHealth }] = await Promise.all([
      import('@/lib/actor'),
      import('@/lib/users/create-user'),
      import('@/lib/users/set-user-role'),
      import('@/lib/audit/audit-chain'),
      import('@/lib/health/check-health'),
    ]);
    const email = `${role}@example.test`;
    await createUser({ actor: cliActor, input: { email, name: 'App Role', role: 'reviewer', password: 'a long enough password' } });
    expect(await setUserRole({ actor: cliActor, input: { email, role: 'editor' } })).toMatchObject({ email, role: 'editor' });
    const { rows } = await app.query('SELECT action FROM audit_events WHERE entity_type = $1 ORDER BY sequence', ['user']);
    expect(rows.map((row) => row.action)).toEqual(expect.arrayContaining(['user.created', 'user.role_changed']));
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
    expect(await checkHealth()).toEqual({ status: 'ok', database: 'ok', migrations: 'up-to-date' });
  });

  test('updates and deletes rows of ordinary tables', async () => {
    await app.query(`INSERT INTO sign_in_throttles (scope, key, failures) VALUES ('address', $1, '{}')`, [role]);
    await app.query(`UPDATE sign_in_throttles SET locked_until = now() WHERE key = $1`, [role]);
    expect((await app.query('DELETE FROM sign_in_throttles WHERE key = $1', [role])).rowCount).toBe(1);
  });
});

describe('the app role cannot rewrite the audit history or switch its protection off', () => {
  const refuseChange = `CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`;
  test.each([
    ['UPDATE', `UPDATE audit_events SET reason = 'rewritten'`, 'permission denied for table audit_events'],
    ['DELETE', 'DELETE FROM audit_events', 'permission denied for table audit_events'],
    ['TRUNCATE', 'TRUNCATE audit_events', 'permission denied for table audit_events'],
    ['disabling every trigger', 'ALTER TABLE audit_events DISABLE TRIGGER ALL', 'must be owner of table audit_events'],
    ['disabling the append-only trigger', 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only', 'must be owner of table audit_events'],
    ['dropping the append-only trigger', 'DROP TRIGGER audit_events_append_only ON audit_events', 'must be owner of relation audit_events'],
    ['dropping the chain trigger', 'DROP TRIGGER audit_events_chain ON audit_events', 'must be owner of relation audit_events'],
    ['adding a trigger', 'CREATE TRIGGER forged BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain()', 'permission denied for table audit_events'],
    ['replacing the function that refuses changes', refuseChange, 'permission denied for schema public'],
    ['altering the function that refuses changes', 'ALTER FUNCTION audit_events_refuse_change() SECURITY DEFINER', 'must be owner of function audit_events_refuse_change'],
    ['dropping the table', 'DROP TABLE audit_events', 'must be owner of table audit_events'],
    ['resetting the sequence', `SELECT setval('audit_events_sequence_seq', 1)`, 'permission denied for sequence audit_events_sequence_seq'],
    ['skipping triggers in replica mode', 'SET session_replication_role = replica', 'permission denied to set parameter "session_replication_role"'],
  ])('%s is refused and changes nothing', async (_attempt, statement, message) => {
    const events = await auditEventCount();
    const triggers = await enabledAuditTriggers();
    await expect(app.query(statement)).rejects.toMatchObject({ code: '42501', message });
    expect(await auditEventCount()).toBe(events);
    expect(await enabledAuditTriggers()).toEqual(triggers);
    expect(triggers).toEqual(['audit_events_announce', 'audit_events_append_only', 'audit_events_chain', 'audit_events_no_truncate']);
  });

  test('replica mode is refused inside a transaction too, and the session stays in origin mode', async () => {
    const events = await auditEventCount();
    await app.query('BEGIN');
    await expect(app.query('SET LOCAL session_replication_role = replica')).rejects.toMatchObject({
      code: '42501',
      message: 'permission denied to set parameter "session_replication_role"',
    });
    await app.query('ROLLBACK');
    expect((await app.query('SHOW session_replication_role')).rows).toEqual([{ session_replication_role: 'origin' }]);
    await expect(app.query('DELETE FROM audit_events')).rejects.toMatchObject({ code: '42501' });
    expect(await auditEventCount()).toBe(events);
  });
});

describe('granting the app rights', () => {
  test('again takes back UPDATE and DELETE on audit_events granted by hand since', async () => {
    await owner.query(`GRANT UPDATE, DELETE, TRUNCATE ON audit_events TO ${role}`);
    const granted = await grantAppRole(owner, role);
    expect(granted.statements).toContain(`GRANT SELECT, INSERT ON TABLE public."audit_events" TO "${role}"`);
    const { rows } = await owner.query(
      `SELECT privilege FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) privilege
       WHERE has_table_privilege($1::name, 'audit_events', privilege)`,
      [role],
    );
    expect(rows.map((row) => row.privilege)).toEqual(['SELECT', 'INSERT']);
  });

  test('quotes a role name that is not a plain identifier', async () => {
    const oddRole = `${role}_Odd "Name"; DROP TABLE users`;
    await owner.query(`CREATE ROLE ${pg.escapeIdentifier(oddRole)} LOGIN`);
    await grantAppRole(owner, oddRole);
    const { rows } = await owner.query(
      `SELECT has_table_privilege($1::name, 'audit_events', 'INSERT') AS "canAppend", has_table_privilege($1::name, 'audit_events', 'DELETE') AS "canDelete",
         to_regclass('users') IS NOT NULL AS "usersExist"`,
      [oddRole],
    );
    expect(rows).toEqual([{ canAppend: true, canDelete: false, usersExist: true }]);
  });

  test('refuses a superuser', async () => {
    const { rows } = await owner.query<{ name: string }>('SELECT current_user AS name');
    const superuser = rows[0]?.name ?? 'postgres';
    await expect(grantAppRole(owner, superuser)).rejects.toThrow(`Role "${superuser}" is a superuser`);
  });

  test('refuses a role that owns a table, or belongs to a role that does, naming the table', async () => {
    await owner.query(`CREATE ROLE ${tableOwner} NOLOGIN`);
    await owner.query(`CREATE ROLE ${ownerMember} LOGIN IN ROLE ${tableOwner}`);
    await owner.query(`CREATE TABLE ${ownedTable} (id int)`);
    await owner.query(`ALTER TABLE ${ownedTable} OWNER TO ${tableOwner}`);
    await expect(grantAppRole(owner, tableOwner)).rejects.toThrow(`it owns table "${ownedTable}"`);
    await expect(grantAppRole(owner, ownerMember)).rejects.toThrow(`it belongs to "${tableOwner}", which owns table "${ownedTable}"`);
  });

  test('refuses a role that may create roles, or that writes every table through pg_write_all_data', async () => {
    await owner.query(`CREATE ROLE ${roleMaker} LOGIN CREATEROLE`);
    await owner.query(`CREATE ROLE ${allWriter} LOGIN IN ROLE pg_write_all_data`);
    await expect(grantAppRole(owner, roleMaker)).rejects.toThrow('has CREATEROLE');
    await expect(grantAppRole(owner, allWriter)).rejects.toThrow(`Role "${allWriter}" would still have UPDATE, DELETE on audit_events`);
    const { rows } = await owner.query(`SELECT has_table_privilege($1::name, 'users', 'SELECT') AS "canRead"`, [allWriter]);
    expect(rows).toEqual([{ canRead: false }]);
  });

  test('refuses a role that does not exist, or a name no role can have', async () => {
    await expect(grantAppRole(owner, `${role}_missing`)).rejects.toThrow(`Role "${role}_missing" does not exist`);
    await expect(grantAppRole(owner, '')).rejects.toThrow('is not a role name');
    await expect(grantAppRole(owner, 'x'.repeat(64))).rejects.toThrow('is not a role name');
  });
});
