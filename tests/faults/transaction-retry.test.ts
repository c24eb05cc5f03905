import { NextRequest } from 'next/server';
import { beforeAll, expect, test } from 'vitest';
import { PUT } from '@/app/api/v1/claims/[claimId]/verdict/route';
import { cliActor } from '@/lib/actor';
import { transactionAttempts, runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { barrier } from '../support/barrier';
import { deadlockTwoTransactions } from '../support/crossed-updates';
import { createTestUser } from '../support/factories';

let claimId: string;

beforeAll(async () => {
  await db.$executeRawUnsafe('CREATE TABLE retry_probe (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)');
  await db.$executeRawUnsafe('INSERT INTO retry_probe (id) VALUES (1), (2)');
  const report = await importReport({ actor: cliActor, input: { outlet: 'Retry Wire', title: 'Retries', body: 'Envoys met in Seoul. They spoke of cyber theft.' } });
  const claim = await db.claim.findFirstOrThrow({ where: { reportId: report.id, isDefault: true }, select: { id: true } });
  claimId = claim.id;
});

test('a deadlock (40P01) is retried: both transactions commit, each once', async () => {
  expect(await deadlockTwoTransactions((work) => runTransaction(work))).toBe(3);
  expect(await db.$queryRaw`SELECT id, n FROM retry_probe ORDER BY id`).toEqual([
    { id: 1, n: 2 },
    { id: 2, n: 2 },
  ]);
});

test('a serialization failure (40001) is retried: two serializable transactions with write skew both commit', async () => {
  const bothHaveRead = barrier(2);
  let runs = 0;
  // Each sets its row to the sum it read: run one after the other the rows end unequal.
  const copySum = (id: number) =>
    runTransaction(
      async (tx) => {
        runs += 1;
        const [{ total }] = await tx.$queryRaw<[{ total: number }]>`SELECT sum(n)::int AS total FROM retry_probe`;
        if (runs <= 2) await bothHaveRead();
        await tx.$executeRaw`UPDATE retry_probe SET n = ${total} WHERE id = ${id}`;
      },
      { isolationLevel: 'Serializable' },
    );

  await db.$executeRaw`UPDATE retry_probe SET n = 1`;
  await Promise.all([copySum(1), copySum(2)]);

  expect(runs).toBe(3);
  const rows = await db.$queryRaw<{ n: number }[]>`SELECT n FROM retry_probe ORDER BY n`;
  expect(rows.map((row) => row.n)).toEqual([2, 3]);
});

/** From now on the next `failures` updates of a verdict fail with SQLSTATE 40001, as a lost race would. */
async function failVerdictUpdates(failures: number) {
  await db.$executeRawUnsafe('DROP TRIGGER IF EXISTS verdicts_conflict ON verdicts');
  await db.$executeRawUnsafe('DROP SEQUENCE IF EXISTS verdict_conflicts');
  await db.$executeRawUnsafe('CREATE SEQUENCE verdict_conflicts');
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION raise_verdict_conflict() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF nextval('verdict_conflicts') <= ${failures} THEN
        RAISE EXCEPTION 'could not serialize access due to concurrent update' USING ERRCODE = '40001';
      END IF;
      RETURN NEW;
    END $$`);
  await db.$executeRawUnsafe('CREATE TRIGGER verdicts_conflict BEFORE UPDATE ON verdicts FOR EACH ROW EXECUTE FUNCTION raise_verdict_conflict()');
}

test('through PUT /api/v1/claims/{id}/verdict: conflicts that clear are invisible; conflicts that persist are a 503 that changes nothing, never a 500', async () => {
  const reviewer = await createTestUser();
  const { token } = await issueApiToken({ actor: cliActor, input: { email: reviewer.email } });
  await saveVerdict({ actor: reviewer.actor, input: { claimId, label: 'single_source', note: 'first' } });
  const put = (note: string, version: number) =>
    PUT(
      new NextRequest(`http://localhost/api/v1/claims/${claimId}/verdict`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ label: 'single_source', note, version }),
      }),
      { params: Promise.resolve({ claimId }) },
    );
  const auditedSaves = () => db.auditEvent.count({ where: { action: 'verdict.saved', actorId: reviewer.id } });

  await failVerdictUpdates(transactionAttempts - 1);
  const retried = await put('after two conflicts', 1);
  expect(retried.status).toBe(200);
  expect(await retried.json()).toMatchObject({ note: 'after two conflicts', version: 2 });
  expect(await auditedSaves()).toBe(2);

  await failVerdictUpdates(transactionAttempts);
  const refused = await put('never stored', 2);
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe('5');
  expect(await refused.json()).toEqual({ error: { code: 'unavailable', message: 'The database is busy with other changes to the same records: try again in a moment' } });
  expect(await db.verdict.findFirstOrThrow({ where: { claimId, reviewerId: reviewer.id }, select: { note: true, version: true } })).toEqual({ note: 'after two conflicts', version: 2 });
  expect(await auditedSaves()).toBe(2);

  await db.$executeRawUnsafe('DROP TRIGGER verdicts_conflict ON verdicts');
});
