import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AuditAction } from '@/lib/audit/audit-event';
import { readAuditEventRows } from '@/lib/audit-history/audit-event-rows';
import { describeAuditEvents } from '@/lib/audit-history/list-audit-events';
import { db } from '@/lib/db';
import { auditCases, caseContext, exemptions, pendingActions, pendingMutations, type ExpectedEvent, type Presence, type Recorder } from '../../support/audited-mutations';
import { mutatingExports, readLibSources, scanSources, type SourceText, type WriteGraph } from '../../support/find-mutating-functions';
import { readAuditPayloadShapes } from '../../support/read-audit-payload-shapes';

// Fails when a function of lib/ writes to the database without the audit events it should write,
// or without a case in tests/support/audited-mutations/ at all. Each case runs the real use case
// and compares the events written while it ran with the ones it expects; a scan of lib/ with the
// TypeScript parser finds every exported function that writes, so a new one cannot go unlisted.

const root = path.resolve(import.meta.dirname, '../../..');
const payloadShapes = readAuditPayloadShapes(readFileSync(path.join(root, 'lib/audit/audit-event.ts'), 'utf8'));
const registered = new Set<string>(auditCases.map((auditCase) => auditCase.mutation));
const accountedFor = new Set<string>([...registered, ...exemptions.map((exemption) => exemption.name), ...pendingMutations]);

/** Exported functions that reach a database write, other than through a function with a case, and have no case, exemption or pending entry. */
function unaccountedMutations(graph: WriteGraph): string[] {
  return mutatingExports(graph, registered)
    .filter(({ name }) => !accountedFor.has(name))
    .map(({ name, writePath }) => `${name} writes through ${writePath.slice(1).join(' → ')}`);
}

function expectedPresence(action: AuditAction, field: 'before' | 'after', declared: Presence | undefined): Presence {
  const shape = payloadShapes.find((candidate) => candidate.action === action)?.[field];
  if (!shape) throw new Error(`${action} is not in the audit payload union`);
  if (shape === 'either') {
    if (!declared) throw new Error(`${action} may be written with or without ${field}: the case must say which it expects`);
    return declared;
  }
  if (declared && declared !== shape) throw new Error(`${action} always has ${field} ${shape}, but the case expects ${declared}`);
  return shape;
}

type EventFacts = { action: string; entityType: string; entityId: string; reportId: string | null; sentenceId: string | null; actorId: string | null; before: Presence; after: Presence; reason: string | null };

function expectedFacts(event: ExpectedEvent): EventFacts {
  return {
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    reportId: event.reportId ?? null,
    sentenceId: event.sentenceId ?? null,
    actorId: event.actorId,
    before: expectedPresence(event.action, 'before', event.before),
    after: expectedPresence(event.action, 'after', event.after),
    reason: event.reason ?? null,
  };
}

async function eventsWrittenDuring<T>(mutation: () => Promise<T>) {
  const { _max: latest } = await db.auditEvent.aggregate({ _max: { sequence: true } });
  const result = await mutation();
  const written = await db.auditEvent.findMany({ where: { sequence: { gt: latest.sequence ?? 0n } }, orderBy: { sequence: 'asc' } });
  const facts = written.map(({ action, entityType, entityId, reportId, sentenceId, actorId, before, after, reason }): EventFacts => ({
    action,
    entityType,
    entityId,
    reportId,
    sentenceId,
    actorId,
    before: before === null ? 'null' : 'present',
    after: after === null ? 'null' : 'present',
    reason,
  }));
  const rows = (await readAuditEventRows({}, undefined, written.length)).filter((row) => row.sequence > (latest.sequence ?? 0n));
  return { result, facts, told: await describeAuditEvents(rows) };
}

// What the history page shows of an event: its line in words and its table of changes. Quoted
// words are what people wrote (titles, claims), so they are not checked.
const rawValue = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\bundefined\b|\bnull\b|\[object|\b[a-z]+_[a-z_]+\b/;

function untold(told: Awaited<ReturnType<typeof describeAuditEvents>>): string[] {
  return told.flatMap((item) => [item.summary, ...item.details.flatMap((change) => [change.field, ...change.before, ...change.after])].filter((text) => text === '' || rawValue.test(text.replace(/“[^”]*”/g, '“…”'))).map((text) => `${item.action}: ${text}`));
}

const inStableOrder = (events: EventFacts[]) => events.map((event) => JSON.stringify(event)).sort().map((event) => JSON.parse(event) as EventFacts);

describe('every mutation writes its audit event', () => {
  for (const { mutation, behaviour, actions, run } of auditCases) {
    test(`${mutation}: ${behaviour}`, async () => {
      let written: EventFacts[] | undefined;
      let told: Awaited<ReturnType<typeof describeAuditEvents>> = [];
      const record: Recorder = async (call) => {
        if (written) throw new Error('record() wraps the one call under test: call it once');
        const during = await eventsWrittenDuring(call);
        written = during.facts;
        told = during.told;
        return during.result;
      };
      const expected = (await run(caseContext(record))).map(expectedFacts);
      if (!written) throw new Error('The case never called record() around the call under test');
      expect([...new Set(expected.map((event) => event.action))].sort(), 'the case lists the actions it expects').toEqual([...new Set(actions)].sort());
      expect(inStableOrder(written)).toEqual(inStableOrder(expected));
      expect(untold(told), 'the history tells each event in words, without raw ids or stored value names').toEqual([]);
    });
  }
});

describe('the list of mutations is complete', () => {
  const graph = scanSources(readLibSources(root));

  test('every exported function of lib/ that writes to the database has a case, or an exemption with its reason', () => {
    expect(unaccountedMutations(graph), 'add a case to its domain’s file in tests/support/audited-mutations/ for each (or, if it is not a user action, an exemption saying why)').toEqual([]);
  });

  test('cases and exemptions name exported functions that exist and write to the database', () => {
    const stale = [...registered, ...exemptions.map((exemption) => exemption.name)].filter((name) => !graph.declarations.get(name)?.isExported || !graph.writePath(name));
    expect(stale, 'these no longer exist, are not exported, or no longer write').toEqual([]);
    expect(exemptions.filter((exemption) => registered.has(exemption.name)).map((exemption) => exemption.name), 'a function with a case needs no exemption').toEqual([]);
    expect(pendingMutations.filter((name) => registered.has(name)), 'now that it has a case, remove it from pendingMutations').toEqual([]);
  });

  test('a transaction helper takes its caller’s transaction, never opens its own, and a function with a case calls it', () => {
    const misfits = exemptions
      .filter((exemption) => exemption.kind === 'transaction-helper')
      .flatMap(({ name }) => {
        const facts = graph.declarations.get(name);
        if (!facts?.takesTransaction) return [`${name} does not take the caller's transaction (tx: DbTransaction) first`];
        if (facts.usesDbClient) return [`${name} uses the db client, so it can write outside the caller's transaction`];
        return [...registered].some((caller) => graph.reaches(caller, name)) ? [] : [`${name} is called by no function with a case`];
      });
    expect(misfits).toEqual([]);
  });

  test('every action of the audit payload union is written by at least one case', () => {
    const covered = new Set<string>(auditCases.flatMap((auditCase) => auditCase.actions));
    const actions = payloadShapes.map((shape) => shape.action);
    expect(actions.filter((action) => !covered.has(action) && !pendingActions.includes(action as AuditAction)), 'add a case that writes each').toEqual([]);
    expect(pendingActions.filter((action) => covered.has(action) || !actions.includes(action)), 'pending actions that have a case now, or no longer exist').toEqual([]);
  });
});

describe('the completeness check itself', () => {
  const sneakVerdict: SourceText = {
    path: 'lib/review/sneak-verdict.ts',
    text: `
      import type { DbTransaction } from '@/lib/db';
      export async function sneakVerdict(tx: DbTransaction, verdictId: string) {
        await tx.verdict.update({ where: { id: verdictId }, data: { note: '' } });
      }
    `,
  };

  test('reports an exported function that updates a verdict without writing an audit event', () => {
    expect(unaccountedMutations(scanSources([sneakVerdict]))).toEqual(['lib/review/sneak-verdict.ts#sneakVerdict writes through tx.verdict.update']);
  });

  test('follows the write through a helper of the same file and through an import', () => {
    const clearNotes: SourceText = {
      path: 'lib/review/clear-notes.ts',
      text: `
        import { db } from '@/lib/db';
        import { sneakVerdict } from './sneak-verdict';
        async function clearOne(verdictId: string) {
          await db.$transaction((tx) => sneakVerdict(tx, verdictId));
        }
        export const clearNotes = async (verdictIds: string[]) => {
          for (const verdictId of verdictIds) await clearOne(verdictId);
        };
      `,
    };
    expect(unaccountedMutations(scanSources([sneakVerdict, clearNotes]))).toEqual([
      'lib/review/sneak-verdict.ts#sneakVerdict writes through tx.verdict.update',
      'lib/review/clear-notes.ts#clearNotes writes through lib/review/clear-notes.ts#clearOne → lib/review/sneak-verdict.ts#sneakVerdict → tx.verdict.update',
    ]);
  });

  test('a helper that writes on behalf of a function with a case is still reported for a new caller without one', () => {
    const realSources = readLibSources(root).filter((source) => ['lib/verdicts/store-final-verdict.ts', 'lib/verdicts/store-versioned-verdict.ts', 'lib/verdicts/replace-evidence.ts', 'lib/adjudication/save-final-verdict.ts'].includes(source.path));
    const settleQuietly: SourceText = {
      path: 'lib/adjudication/settle-quietly.ts',
      text: `
        import { db } from '@/lib/db';
        import { saveFinalVerdict } from './save-final-verdict';
        import { storeFinalVerdict } from '@/lib/verdicts/store-final-verdict';
        export async function settleQuietly(input: Parameters<typeof storeFinalVerdict>[1]) {
          return db.$transaction((tx) => storeFinalVerdict(tx, input));
        }
        export async function settleAndRecord(input: Parameters<typeof saveFinalVerdict>[0]) {
          return saveFinalVerdict(input);
        }
      `,
    };
    expect(unaccountedMutations(scanSources([...realSources, settleQuietly]))).toEqual([
      'lib/adjudication/settle-quietly.ts#settleQuietly writes through lib/verdicts/store-final-verdict.ts#storeFinalVerdict → writing.finalVerdict.create',
    ]);
  });

  test('row locks, hashes and other create/update calls are not taken for writes; a raw INSERT, or SQL it cannot read, is', () => {
    const lookalikes: SourceText = {
      path: 'lib/review/lookalikes.ts',
      text: `
        import { createHash } from 'node:crypto';
        import { PGlite } from '@electric-sql/pglite';
        import type { DbTransaction } from '@/lib/db';
        export async function lockVerdict(tx: DbTransaction, id: string) {
          await tx.$queryRaw\`SELECT id FROM verdicts WHERE id = \${id}::uuid FOR UPDATE\`;
          return createHash('sha256').update(id).digest('hex');
        }
        export const openDatabase = () => PGlite.create('memory://');
        export async function countTerm(tx: DbTransaction, lexeme: string) {
          await tx.$queryRaw\`INSERT INTO search_terms (lexeme, sentences) VALUES (\${lexeme}, 1) RETURNING lexeme\`;
        }
        export const runQuery = (tx: DbTransaction, sql: string) => tx.$queryRawUnsafe(sql);
        export const logVisit = (client: { query(sql: string): Promise<unknown> }) => client.query('INSERT INTO visits DEFAULT VALUES');
      `,
    };
    expect(unaccountedMutations(scanSources([lookalikes]))).toEqual([
      'lib/review/lookalikes.ts#countTerm writes through tx.$queryRaw',
      'lib/review/lookalikes.ts#runQuery writes through tx.$queryRawUnsafe',
      'lib/review/lookalikes.ts#logVisit writes through client.query',
    ]);
  });
});
