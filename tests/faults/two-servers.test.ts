import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { verifyAuditChain } from '@/lib/audit/audit-chain';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import type { AppServer } from '../../tooling/app-server';
import { createTestUser, testPassword } from '../support/factories';
import { signInOverHttp } from '../support/http-sign-in';
import { serverSetups, setupDatabase, startSetupServer, type SetupDatabase } from '../support/server-setups';
import { runVerdictWriter } from '../support/verdict-writer';

// Each way of running the server: through PgBouncer in transaction pooling mode, with fewer server
// connections than the two servers' pools, the audit chain's lock, retries and sessions must not
// need a connection of their own between transactions.
describe.each(serverSetups)('two servers on one database, $setup', (setup) => {
  const via = setup.setup;
  let servers: AppServer[] = [];
  let database: SetupDatabase | undefined;

  beforeAll(async () => {
    // Instances behind one load balancer share the session secret, as they would in production.
    const authSecret = randomBytes(32).toString('base64url');
    database = await setupDatabase(setup, process.env.DATABASE_URL ?? '');
    const { databaseUrl } = database;
    servers = await Promise.all([startSetupServer(setup, { databaseUrl, authSecret }), startSetupServer(setup, { databaseUrl, authSecret })]);
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    await database?.stop();
  });

  test('30 writers alternating between two servers on one database: versions stay gapless, no acknowledged save is lost, one audit event each', async () => {
    const report = await importReport({ actor: cliActor, input: { outlet: 'Twin Wire', title: 'Two servers', body: `Envoys met in Seoul (${via}). They spoke of cyber theft. Officials named no figures.` } });
    const claims = await db.claim.findMany({ where: { reportId: report.id, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true } });
    const reviewer = await createTestUser();
    const { token } = await issueApiToken({ actor: cliActor, input: { email: reviewer.email } });

    // Ten writers per claim, each sending its saves to the two servers in turn.
    const deadline = Date.now() + 6_000;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, writer) =>
        runVerdictWriter({
          serverUrls: writer % 2 === 0 ? servers.map((server) => server.url) : servers.map((server) => server.url).reverse(),
          token,
          claimId: claims[writer % claims.length]?.id ?? '',
          name: `writer ${writer}`,
          keepGoing: () => Date.now() < deadline,
        }),
      ),
    );

    expect(results.flatMap((result) => result.failures)).toEqual([]);
    expect(results.reduce((total, result) => total + result.unavailable, 0)).toBe(0);
    const acknowledged = results.flatMap((result) => result.acknowledged);
    expect(results.reduce((total, result) => total + result.conflicts, 0)).toBeGreaterThan(0);
    for (const { id: claimId } of claims) {
      const saves = acknowledged.filter((write) => write.claimId === claimId).sort((a, b) => a.version - b.version);
      expect(saves.map((write) => write.version)).toEqual(saves.map((_, index) => index + 1));
      const stored = await db.verdict.findFirstOrThrow({ where: { claimId, reviewerId: reviewer.id }, select: { id: true, note: true, version: true } });
      expect(stored).toMatchObject({ note: saves.at(-1)?.note, version: saves.length });
      const events = await db.auditEvent.findMany({ where: { entityId: stored.id, action: 'verdict.saved' }, orderBy: { sequence: 'asc' }, select: { after: true } });
      expect(events.map((event) => (event.after as { note: string }).note)).toEqual(saves.map((write) => write.note));
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
    if (database?.bouncer) expect(await database.bouncer.transactionsServed(process.env.DATABASE_URL ?? '')).toBeGreaterThanOrEqual(acknowledged.length);
  });

  test('a session begun on one server works on the other: no state lives in a server process', async () => {
    const reviewer = await createTestUser();
    const [first, second] = servers;
    if (!first || !second) throw new Error('two servers expected');
    const session = await signInOverHttp(first.url, reviewer.email, testPassword);

    const me = await fetch(`${second.url}/api/v1/me`, { headers: { cookie: session } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: reviewer.email });
  });
});
