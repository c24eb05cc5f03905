import { beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { verifyAuditChain } from '@/lib/audit/audit-chain';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { createTestUser } from './factories';

// Races on one verdict, run in-process against this test file's database: directly, and through
// PgBouncer (tests/faults/pgbouncer-transactions.test.ts imports this after pointing lib/db at it).
export function verdictRaceTests() {
  let claimIds: string[];

  beforeAll(async () => {
    const report = await importReport({
      actor: cliActor,
      input: { outlet: 'Race Wire', title: 'Concurrent saves', body: 'Envoys met in Seoul. They spoke of cyber theft. Officials named no figures.' },
    });
    claimIds = (await db.claim.findMany({ where: { reportId: report.id, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true } })).map((claim) => claim.id);
  });

  type Outcome = { ok: true; version: number } | { ok: false; code: string };

  async function attempt(save: () => Promise<{ version: number }>): Promise<Outcome> {
    try {
      return { ok: true, version: (await save()).version };
    } catch (error) {
      return { ok: false, code: (error as { code?: string }).code ?? String(error) };
    }
  }

  test('100 concurrent first saves of one claim by one reviewer give exactly one verdict and 99 conflicts, never an error', async () => {
    const reviewer = await createTestUser();
    const [claimId = ''] = claimIds;
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, index) => attempt(() => saveVerdict({ actor: reviewer.actor, input: { claimId, label: 'single_source', note: `tab ${index}` } }))),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toEqual([{ ok: true, version: 1 }]);
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual(Array(99).fill({ ok: false, code: 'conflict' }));
    expect(await db.verdict.count({ where: { claimId, reviewerId: reviewer.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'verdict.saved', actorId: reviewer.id } })).toBe(1);
  });

  test('50 writers × 20 conflicting edits: each write gets a new version or a conflict, and no acknowledged write is lost', async () => {
    const reviewer = await createTestUser();
    const claims = claimIds.slice(0, 3);
    for (const claimId of claims) await saveVerdict({ actor: reviewer.actor, input: { claimId, label: 'single_source', note: 'start' } });

    // Each writer reads the version it sees, then saves on top of it, as an open tab would.
    const acknowledged: { claimId: string; note: string; version: number }[] = [];
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, writer) => {
        for (let edit = 0; edit < 20; edit += 1) {
          const claimId = claims[(writer + edit) % claims.length] ?? '';
          const seen = await db.verdict.findFirstOrThrow({ where: { claimId, reviewerId: reviewer.id }, select: { version: true } });
          const note = `writer ${writer} edit ${edit}`;
          const outcome = await attempt(() => saveVerdict({ actor: reviewer.actor, input: { claimId, label: 'single_source', note, version: seen.version } }));
          if (outcome.ok) acknowledged.push({ claimId, note, version: outcome.version });
          else if (outcome.code === 'conflict') conflicts += 1;
          else throw new Error(`writer ${writer} edit ${edit} failed: ${outcome.code}`);
        }
      }),
    );

    expect(acknowledged.length + conflicts).toBe(1000);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const claimId of claims) {
      const saves = acknowledged.filter((save) => save.claimId === claimId).sort((a, b) => a.version - b.version);
      // Versions 2, 3, … with no gap and no repeat: every acknowledged write became exactly one version.
      expect(saves.map((save) => save.version)).toEqual(saves.map((_, index) => index + 2));
      const stored = await db.verdict.findFirstOrThrow({ where: { claimId, reviewerId: reviewer.id } });
      expect(stored).toMatchObject({ version: saves.length + 1, note: saves.at(-1)?.note ?? 'start' });
      // Each acknowledged write is in the history with the note it saved.
      const events = await db.auditEvent.findMany({ where: { action: 'verdict.saved', entityId: stored.id }, orderBy: { sequence: 'asc' }, select: { after: true } });
      expect(events.map((event) => (event.after as { note: string }).note)).toEqual(['start', ...saves.map((save) => save.note)]);
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  }, 120_000);
}
