import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { saveVerdict } from '@/lib/review/save-verdict';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestUser } from '../../support/factories';

let claimId: string;
let otherReportSentenceId: string;
let sameReportSentenceId: string;

beforeAll(async () => {
  await seedDatabase();
  const reuters = await db.report.findUniqueOrThrow({ where: { slug: 'reuters' }, select: { id: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { reportId: reuters.id, isDefault: true }, orderBy: { start: 'asc' } });
  claimId = claim.id;
  // FORUM is independent of Reuters: its sentence corroborates (DW, written from Reuters copy, would not).
  otherReportSentenceId = (await db.sentence.findFirstOrThrow({ where: { report: { slug: 'ipdefenseforum' }, kind: 'body' } })).id;
  sameReportSentenceId = (await db.sentence.findFirstOrThrow({ where: { reportId: reuters.id, kind: 'body', id: { not: claim.sentenceId } } })).id;
});

async function counts() {
  const [verdicts, evidence, auditEvents] = await Promise.all([db.verdict.count(), db.evidence.count(), db.auditEvent.count()]);
  return { verdicts, evidence, auditEvents };
}

describe('verdict rules', () => {
  test.each([
    [{ label: 'corroborated', evidence: [] }, 'evidence', 'A corroborated verdict needs at least one supporting source'],
    [{ label: 'corroborated', evidence: [{ url: 'https://example.org', quote: 'q', relation: 'contradicts' }] }, 'evidence', 'A corroborated verdict needs at least one supporting source'],
    [{ label: 'disputed', evidence: [{ url: 'https://example.org', quote: 'q', relation: 'supports' }] }, 'evidence', 'A disputed verdict needs at least one contradicting source'],
    [{ label: 'maybe' }, 'label', 'Choose a verdict: corroborated, single_source or disputed'],
    [{ label: 'single_source', evidence: [{ url: 'ftp://example.org', quote: 'q', relation: 'supports' }] }, 'evidence.0.url', undefined],
    [{ label: 'single_source', evidence: [{ url: 'https://example.org', quote: 'q', relation: 'agrees' }] }, 'evidence.0', undefined],
  ])('refuses %j naming the field, and stores nothing', async (verdict, field, message) => {
    const { actor } = await createTestUser();
    const before = await counts();
    const error = await saveVerdict({ actor, input: { claimId, ...verdict } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'invalid', field, ...(message ? { message } : {}) });
    expect(await counts()).toEqual(before);
  });

  test('evidence must be a sentence of another report', async () => {
    const { actor } = await createTestUser();
    await expect(
      saveVerdict({ actor, input: { claimId, label: 'corroborated', evidence: [{ sentenceId: sameReportSentenceId, relation: 'supports' }] } }),
    ).rejects.toMatchObject({ code: 'invalid', field: 'evidence.0.sentenceId' });
  });

  test('a corroborated verdict with a supporting sentence and a disputed one with an outside source are stored with one audit event each', async () => {
    const { actor, id } = await createTestUser();
    const saved = await saveVerdict({
      actor,
      input: { claimId, label: 'corroborated', note: 'FORUM says the same', evidence: [{ sentenceId: otherReportSentenceId, relation: 'supports' }] },
    });
    expect(saved).toMatchObject({ label: 'corroborated', note: 'FORUM says the same', version: 1, reviewerId: id });
    expect(saved.evidence).toMatchObject([{ kind: 'sentence', sentenceId: otherReportSentenceId, relation: 'supports', outlet: 'Indo-Pacific Defense FORUM' }]);

    const updated = await saveVerdict({
      actor,
      input: { claimId, label: 'disputed', note: 'NK News says otherwise', version: 1, evidence: [{ url: 'https://example.org/nk', quote: 'It was $1.7 billion', relation: 'contradicts' }] },
    });
    expect(updated).toMatchObject({ label: 'disputed', version: 2, evidence: [{ kind: 'url', url: 'https://example.org/nk', quote: 'It was $1.7 billion' }] });
    const events = await db.auditEvent.findMany({ where: { entityId: saved.id }, orderBy: { sequence: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['verdict.saved', 'verdict.saved']);
    expect(events[1]?.before).toMatchObject({ label: 'corroborated', version: 1, evidence: [{ sentenceId: otherReportSentenceId }] });
    expect(events[1]?.after).toMatchObject({ label: 'disputed', version: 2, evidence: [{ url: 'https://example.org/nk' }] });
    expect(await db.evidence.count({ where: { verdictId: saved.id } })).toBe(1);
  });
});

describe('versions', () => {
  test('a save based on an old version gets a conflict with the current verdict, and changes nothing', async () => {
    const { actor } = await createTestUser();
    await saveVerdict({ actor, input: { claimId, label: 'single_source', note: 'first tab' } });
    await saveVerdict({ actor, input: { claimId, label: 'single_source', note: 'second tab', version: 1 } });
    const before = await counts();
    const conflict = await saveVerdict({ actor, input: { claimId, label: 'single_source', note: 'first tab again', version: 1 } }).catch((error: unknown) => error);
    expect(conflict).toMatchObject({ code: 'conflict', field: 'version', details: { current: { note: 'second tab', version: 2 } } });
    expect(await counts()).toEqual(before);
  });

  test('a first save when a verdict already exists is a conflict too, even when two arrive at once', async () => {
    const { actor } = await createTestUser();
    const results = await Promise.allSettled([
      saveVerdict({ actor, input: { claimId, label: 'single_source', note: 'a' } }),
      saveVerdict({ actor, input: { claimId, label: 'single_source', note: 'b' } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'conflict' } });
    expect(await db.verdict.count({ where: { claimId, reviewerId: actor.id } })).toBe(1);
  });

  test('50 concurrent saves on one verdict: each succeeds with a new version or gets a conflict, with one audit event per success', async () => {
    const { actor } = await createTestUser();
    const first = await saveVerdict({ actor, input: { claimId, label: 'single_source', note: 'start' } });
    const auditBefore = await db.auditEvent.count({ where: { entityId: first.id } });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => saveVerdict({ actor, input: { claimId, label: 'single_source', note: `edit ${i}`, version: 1 } })),
    );
    const saved = results.filter((result) => result.status === 'fulfilled');
    expect(saved).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected' && (result.reason as { code?: string }).code === 'conflict')).toHaveLength(49);
    expect(await db.auditEvent.count({ where: { entityId: first.id } })).toBe(auditBefore + 1);
  });
});

test('when the audit event cannot be written, the verdict is not saved either', async () => {
  const { actor } = await createTestUser();
  await db.$executeRawUnsafe(`
    CREATE FUNCTION refuse_verdict_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.action = 'verdict.saved' THEN RAISE EXCEPTION 'audit store unavailable'; END IF; RETURN NEW; END $$`);
  await db.$executeRawUnsafe('CREATE TRIGGER refuse_verdict_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_verdict_audit()');
  try {
    const before = await counts();
    await expect(saveVerdict({ actor, input: { claimId, label: 'single_source', note: 'never stored' } })).rejects.toThrow(/audit store unavailable/);
    expect(await counts()).toEqual(before);
  } finally {
    await db.$executeRawUnsafe('DROP TRIGGER refuse_verdict_audit ON audit_events');
    await db.$executeRawUnsafe('DROP FUNCTION refuse_verdict_audit()');
  }
});
