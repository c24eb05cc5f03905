import { afterAll, describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { verifyAuditChain } from '@/lib/audit/audit-chain';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import type { AppServer } from '../../tooling/app-server';
import { createTestUser } from '../support/factories';
import { crash, serverSetups, setupDatabase, startSetupServer, type SetupDatabase } from '../support/server-setups';
import { putVerdict, runVerdictWriter } from '../support/verdict-writer';

const writers = 20;
const servers: AppServer[] = [];
const databases: SetupDatabase[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => crash(server)));
  await Promise.all(databases.map((database) => database.stop()));
});

// However the server runs (one process, several workers, through PgBouncer with a server
// connection per transaction), a crash leaves nothing half-done.
describe.each(serverSetups)('$setup', (setup) => {
  const via = setup.setup;
  test('kill -9 in the middle of a write burst: after a restart every acknowledged save is stored with its audit event, and the chain verifies', async () => {
    const report = await importReport({
      actor: cliActor,
      input: { outlet: 'Crash Wire', title: `Crash ${via}`, body: Array.from({ length: writers }, (_, index) => `Envoys met for the ${index + 1}th time in Seoul (${via}).`).join(' ') },
    });
    const claims = await db.claim.findMany({ where: { reportId: report.id, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true } });
    expect(claims).toHaveLength(writers);
    const reviewer = await createTestUser();
    const { token } = await issueApiToken({ actor: cliActor, input: { email: reviewer.email } });
    const database = await setupDatabase(setup, process.env.DATABASE_URL ?? '');
    databases.push(database);
    const { databaseUrl } = database;
    const saves = { action: 'verdict.saved', actorId: reviewer.id };

    const first = await startSetupServer(setup, { databaseUrl });
    servers.push(first);
    let running = true;
    const burst = Promise.all(
      claims.map((claim, index) => runVerdictWriter({ serverUrls: [first.url], token, claimId: claim.id, name: `tab ${index}`, keepGoing: () => running })),
    );
    // Kill once the burst is well under way, while every writer has a save in flight.
    while ((await db.auditEvent.count({ where: saves })) < 200) await new Promise((resolve) => setTimeout(resolve, 50));
    await crash(first);
    running = false;
    const results = await burst;

    const acknowledged = results.flatMap((result) => result.acknowledged);
    expect(results.flatMap((result) => result.failures)).toEqual([]);
    // 200 saves had committed when the kill came; only those in flight (one per writer) can lack an answer.
    expect(acknowledged.length).toBeGreaterThanOrEqual(200 - writers);

    const second = await startSetupServer(setup, { databaseUrl });
    servers.push(second);
    const events = await db.auditEvent.findMany({ where: saves, select: { after: true, entityId: true } });
    const audited = new Set(events.map((event) => JSON.stringify([(event.after as { note: string }).note, (event.after as { version: number }).version])));
    const missing = acknowledged.filter((write) => !audited.has(JSON.stringify([write.note, write.version])));
    expect(missing).toEqual([]);

    // Each verdict holds at least its last acknowledged save (a save the crash cut off before its
    // answer may or may not have committed), and one audit event per version it went through.
    const verdicts = await db.verdict.findMany({ where: { reviewerId: reviewer.id }, select: { id: true, claimId: true, version: true } });
    expect(verdicts).toHaveLength(writers);
    for (const verdict of verdicts) {
      const lastAcknowledged = Math.max(...acknowledged.filter((write) => write.claimId === verdict.claimId).map((write) => write.version));
      expect(verdict.version - lastAcknowledged).toBeGreaterThanOrEqual(0);
      expect(verdict.version - lastAcknowledged).toBeLessThanOrEqual(1);
      expect(events.filter((event) => event.entityId === verdict.id)).toHaveLength(verdict.version);
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });

    // The restarted server carries on from what is stored.
    const [verdict] = verdicts;
    const next = await putVerdict(second.url, token, verdict?.claimId ?? '', { note: 'after the crash', version: verdict?.version });
    expect(next.status).toBe(200);
  });
});
