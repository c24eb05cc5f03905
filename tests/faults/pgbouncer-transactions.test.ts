import { afterAll, expect, test } from 'vitest';
import { deadlockTwoTransactions } from '../support/crossed-updates';
import { startPgBouncer } from '../../tooling/pgbouncer';

// This file's lib/db reaches Postgres through PgBouncer in transaction pooling mode, with three
// server connections for a pool of ten: DATABASE_URL points at PgBouncer before anything of lib/
// is imported. Each transaction may land on another server connection than the one before.
const direct = process.env.DATABASE_URL ?? '';
const bouncer = await startPgBouncer(direct, { serverConnections: 3 });
process.env.DATABASE_URL = bouncer.through(direct);
const { db } = await import('@/lib/db');
const { cliActor } = await import('@/lib/actor');
const { verifyAuditChain } = await import('@/lib/audit/audit-chain');
const { runTransaction } = await import('@/lib/database/run-transaction');
const { importReport } = await import('@/lib/reports/import-report');
const { saveVerdict } = await import('@/lib/review/save-verdict');
const { createTestUser } = await import('../support/factories');
const { verdictRaceTests } = await import('../support/verdict-races');

afterAll(async () => {
  await db.$disconnect();
  await bouncer.stop();
});

test('forty reviewers saving at once share three server connections: every save is stored with one audit event, in one unbroken chain', async () => {
  const report = await importReport({ actor: cliActor, input: { outlet: 'Pool Wire', title: 'Pooled saves', body: 'Envoys met in Seoul. They spoke of cyber theft.' } });
  const claim = await db.claim.findFirstOrThrow({ where: { reportId: report.id, isDefault: true }, select: { id: true } });
  const reviewers = await Promise.all(Array.from({ length: 40 }, () => createTestUser()));
  const before = await bouncer.transactionsServed(direct);

  await Promise.all(reviewers.map((reviewer, index) => saveVerdict({ actor: reviewer.actor, input: { claimId: claim.id, label: 'single_source', note: `reviewer ${index}` } })));

  const events = await db.auditEvent.findMany({ where: { action: 'verdict.saved', actorId: { in: reviewers.map((reviewer) => reviewer.id) } }, select: { sequence: true } });
  expect(events).toHaveLength(40);
  expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(40);
  expect(await verifyAuditChain()).toMatchObject({ ok: true });
  expect((await bouncer.transactionsServed(direct)) - before).toBeGreaterThanOrEqual(40);
});

test('a deadlock between two pooled transactions is retried: both commit, each once', async () => {
  await db.$executeRawUnsafe('CREATE TABLE retry_probe (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)');
  await db.$executeRawUnsafe('INSERT INTO retry_probe (id) VALUES (1), (2)');
  expect(await deadlockTwoTransactions((work) => runTransaction(work))).toBe(3);
  expect(await db.$queryRaw`SELECT id, n FROM retry_probe ORDER BY id`).toEqual([
    { id: 1, n: 2 },
    { id: 2, n: 2 },
  ]);
});

// The same races as tests/faults/concurrent-verdicts.test.ts, through PgBouncer.
verdictRaceTests();
