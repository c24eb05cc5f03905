import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readChainHead, verifyAuditChain } from '@/lib/audit/audit-chain';
import { formatCheckpoint, parseCheckpointFile, type AuditCheckpoint } from '@/lib/audit/audit-checkpoint';
import { db } from '@/lib/db';
import { seedDatabase } from '@/lib/seed/seed-database';

const run = promisify(execFile);

beforeAll(async () => {
  await seedDatabase();
  await db.$executeRaw`CREATE TABLE audit_backup AS SELECT * FROM audit_events`;
});

// Tampering needs what only a superuser has: replica mode skips the append-only triggers.
async function tamper(...statements: string[]) {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
    for (const statement of statements) await tx.$executeRawUnsafe(statement);
  });
}

afterEach(async () => {
  await tamper('DELETE FROM audit_events', 'INSERT INTO audit_events SELECT * FROM audit_backup');
});

async function eventCount() {
  return db.auditEvent.count();
}

async function sequences(): Promise<bigint[]> {
  const rows = await db.auditEvent.findMany({ select: { sequence: true }, orderBy: { sequence: 'asc' } });
  return rows.map((row) => row.sequence);
}

async function checkpointNow(): Promise<AuditCheckpoint> {
  const head = await readChainHead();
  if (!head) throw new Error('empty chain');
  return { sequence: head.sequence, hash: head.hash, createdAt: head.createdAt.toISOString() };
}

// Recomputes every hash from `fromSequence` on, as someone who can disable the triggers could.
const rehashFrom = (fromSequence: bigint) => `DO $$
  DECLARE event audit_events; previous text;
  BEGIN
    SELECT hash INTO previous FROM audit_events WHERE sequence < ${fromSequence} ORDER BY sequence DESC LIMIT 1;
    FOR event IN SELECT * FROM audit_events WHERE sequence >= ${fromSequence} ORDER BY sequence LOOP
      previous := encode(sha256(convert_to(coalesce(previous, '') || audit_event_canonical(event), 'UTF8')), 'hex');
      UPDATE audit_events SET hash = previous WHERE sequence = event.sequence;
    END LOOP;
  END $$`;

describe('the audit table is append-only', () => {
  test.each([
    ['UPDATE', `UPDATE audit_events SET reason = 'rewritten'`],
    ['DELETE', 'DELETE FROM audit_events'],
    ['TRUNCATE', 'TRUNCATE audit_events'],
  ])('%s is refused and changes nothing', async (operation, statement) => {
    const before = await eventCount();
    await expect(db.$executeRawUnsafe(statement)).rejects.toThrow(`audit_events is append-only: ${operation} refused`);
    expect(await eventCount()).toBe(before);
    expect(await db.auditEvent.count({ where: { reason: 'rewritten' } })).toBe(0);
  });

  test('an insert naming a sequence before the head is refused, and the hash it brings is replaced', async () => {
    await expect(
      db.$executeRaw`INSERT INTO audit_events (sequence, action, entity_type, entity_id) VALUES (1, 'forged', 'user', 'x')`,
    ).rejects.toThrow(/is not after the chain head/);
    await db.$executeRaw`INSERT INTO audit_events (action, entity_type, entity_id, hash) VALUES ('forged', 'user', 'x', ${'0'.repeat(64)})`;
    const head = await readChainHead();
    expect(head?.hash).not.toBe('0'.repeat(64));
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  test('writers under REPEATABLE READ are refused, since their older snapshot could fork the chain', async () => {
    await expect(
      db.$transaction((tx) => tx.$executeRaw`INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('x', 'user', 'x')`, {
        isolationLevel: 'RepeatableRead',
      }),
    ).rejects.toThrow(/must be written under READ COMMITTED/);
  });
});

describe('audit:verify', () => {
  test('the seeded history verifies', async () => {
    const events = await eventCount();
    expect(events).toBeGreaterThan(0);
    expect(await verifyAuditChain()).toMatchObject({ ok: true, events });
  });

  test('an edited event is named as the first broken one', async () => {
    const [, second] = await sequences();
    await tamper(`UPDATE audit_events SET after = '{"slug": "edited"}' WHERE sequence = ${second}`);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenAt: second });
  });

  test('an edited event whose own hash was recomputed breaks at the event after it', async () => {
    const [, second, third] = await sequences();
    await tamper(
      `UPDATE audit_events SET reason = 'edited' WHERE sequence = ${second}`,
      `UPDATE audit_events e SET hash = encode(sha256(convert_to(p.hash || audit_event_canonical(e), 'UTF8')), 'hex')
         FROM audit_events p WHERE e.sequence = ${second} AND p.sequence = (SELECT max(sequence) FROM audit_events WHERE sequence < ${second})`,
    );
    expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenAt: third });
  });

  test('a deleted event breaks the chain at the one after it', async () => {
    const [, second, third] = await sequences();
    await tamper(`DELETE FROM audit_events WHERE sequence = ${second}`);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenAt: third });
  });

  test('two events swapped in order are caught', async () => {
    const [, second, third] = await sequences();
    await tamper(
      `UPDATE audit_events SET sequence = -1 WHERE sequence = ${second}`,
      `UPDATE audit_events SET sequence = ${second} WHERE sequence = ${third}`,
      `UPDATE audit_events SET sequence = ${third} WHERE sequence = -1`,
    );
    expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenAt: second });
  });

  test('a re-hashed tail verifies on its own, but not through a checkpoint taken before', async () => {
    const checkpoint = await checkpointNow();
    const [, second] = await sequences();
    await tamper(`UPDATE audit_events SET reason = 'rewritten later' WHERE sequence = ${second}`, rehashFrom(second as bigint));
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
    expect(await verifyAuditChain([checkpoint])).toMatchObject({ ok: false, brokenAt: checkpoint.sequence, problem: expect.stringMatching(/re-hashed/) });
  });

  test('a removed tail verifies on its own, but not through a checkpoint of the old head', async () => {
    const checkpoint = await checkpointNow();
    await tamper(`DELETE FROM audit_events WHERE sequence = ${checkpoint.sequence}`);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
    expect(await verifyAuditChain([checkpoint])).toMatchObject({ ok: false, brokenAt: checkpoint.sequence, problem: expect.stringMatching(/no longer has/) });
  });

  test('a forged checkpoint fails: a hash the chain never had, or a sequence it never reached', async () => {
    const checkpoint = await checkpointNow();
    expect(await verifyAuditChain([checkpoint])).toMatchObject({ ok: true, checkpoints: 1 });
    expect(await verifyAuditChain([{ ...checkpoint, hash: 'a'.repeat(64) }])).toMatchObject({ ok: false, brokenAt: checkpoint.sequence });
    expect(await verifyAuditChain([{ ...checkpoint, sequence: checkpoint.sequence + 1000n }])).toMatchObject({ ok: false });
  });

  test.each([
    ['not json', 'line 1 is not JSON', 'line 1'],
    ['{"sequence":"1","hash":"abc","createdAt":"2026-01-01T00:00:00.000Z"}', 'line 1: hash must be 64 lower-case hex digits', 'line 1.hash'],
    [`\n{"sequence":"-4","hash":"${'a'.repeat(64)}","createdAt":"2026-01-01T00:00:00.000Z"}`, undefined, 'line 2.sequence'],
    [`{"sequence":"4","hash":"${'a'.repeat(64)}"}`, undefined, 'line 1.createdAt'],
    ['', 'the checkpoint file holds no checkpoint', 'checkpoint'],
  ])('a malformed checkpoint file (%j) is refused naming the line and field', (text, message, field) => {
    expect(() => parseCheckpointFile(text)).toThrow(expect.objectContaining({ field, ...(message ? { message } : {}) }));
  });
});

describe('the command-line tools', () => {
  const cli = (script: string, ...args: string[]) =>
    run('npx', ['tsx', '--conditions=react-server', `scripts/${script}.ts`, ...args], { env: { ...process.env } }).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  test('checkpoint prints the head, verify passes through it and exits 0, and exits 1 or 2 on a broken chain or a bad file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-checkpoints-'));
    const checkpointFile = path.join(dir, 'checkpoints.jsonl');
    const printed = await cli('audit-checkpoint');
    expect(printed.code).toBe(0);
    const head = await readChainHead();
    expect(printed.stdout.trim()).toBe(head && formatCheckpoint(head));
    writeFileSync(checkpointFile, printed.stdout);

    const events = await eventCount();
    expect(await cli('audit-verify', '--checkpoint', checkpointFile)).toMatchObject({
      code: 0,
      stdout: `audit chain ok: ${events} events, through 1 checkpoint(s)\n`,
    });

    const [, second] = await sequences();
    await tamper(`UPDATE audit_events SET reason = 'edited' WHERE sequence = ${second}`);
    expect(await cli('audit-verify')).toMatchObject({ code: 1, stderr: expect.stringContaining(`audit chain broken at sequence ${second}:`) });

    writeFileSync(checkpointFile, '{"sequence": 1}\n');
    expect(await cli('audit-verify', '--checkpoint', checkpointFile)).toMatchObject({ code: 2, stderr: expect.stringContaining('line 1: hash') });
  }, 60_000);
});

describe('concurrent writers', () => {
  test('50 writers committing at once leave one linear chain', async () => {
    const before = await eventCount();
    const url = process.env.DATABASE_URL as string;
    const clients = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return client;
      }),
    );
    try {
      // Each writer starts its transaction first, so all 50 are open and racing for the head.
      await Promise.all(clients.map((client) => client.query('BEGIN')));
      await Promise.all(
        clients.map(async (client, index) => {
          await client.query(`SELECT pg_sleep(random() * 0.02)`);
          await client.query(`INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('concurrent', 'user', $1)`, [String(index)]);
          await client.query('COMMIT');
        }),
      );
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    expect(await eventCount()).toBe(before + 50);
    expect(await verifyAuditChain()).toMatchObject({ ok: true, events: before + 50 });
    const heads = await db.$queryRaw<{ forks: number }[]>`
      SELECT count(*)::int AS forks FROM (SELECT lag(hash) OVER (ORDER BY sequence) AS previous FROM audit_events) chain
      GROUP BY previous HAVING count(*) > 1`;
    expect(heads).toEqual([]);
  }, 60_000);
});
