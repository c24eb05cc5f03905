import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportAuditEvents } from '@/lib/audit-history/export-audit-events';
import { listAuditEvents, type AuditEventItem } from '@/lib/audit-history/list-audit-events';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { saveVerdict } from '@/lib/review/save-verdict';
import { seedReviewedReports } from '../../support/reviewed-reports';

let fixture: Awaited<ReturnType<typeof seedReviewedReports>>;
let claimId: string;
let sentenceId: string;

beforeAll(async () => {
  fixture = await seedReviewedReports();
  const claim = fixture.reutersClaims[2];
  if (!claim) throw new Error('no claim');
  claimId = claim.id;
  sentenceId = (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).sentenceId;
  // Alice changes her mind about the claim, with a source this time.
  await saveVerdict({
    actor: fixture.alice.actor,
    input: { claimId, label: 'disputed', note: 'A denial', version: 1, evidence: [{ url: 'https://example.test/denial', quote: 'No such meeting', relation: 'contradicts' }] },
  });
});

async function allPages(actor: Actor, input: Record<string, string>, limit: number): Promise<AuditEventItem[]> {
  const items: AuditEventItem[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: AuditEventItem[]; nextCursor: string | null } = await listAuditEvents({ actor, input: { ...input, limit: String(limit), ...(cursor ? { cursor } : {}) } });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('a sentence timeline', () => {
  test("lists every change to one sentence's verdicts, newest first, with readable diffs", async () => {
    const { items, nextCursor } = await listAuditEvents({ actor: fixture.editor.actor, input: { sentenceId } });
    expect(nextCursor).toBeNull();
    expect(items.every((item) => item.sentenceId === sentenceId)).toBe(true);
    const verdictEvents = items.filter((item) => item.action === 'verdict.saved');
    expect(verdictEvents).toHaveLength(2);
    const [changed, first] = verdictEvents;
    expect(first).toMatchObject({ actor: { id: fixture.alice.id }, before: null, report: { id: fixture.reutersId } });
    expect(changed?.changes).toEqual(
      expect.arrayContaining([
        { path: 'label', before: 'single_source', after: 'disputed' },
        { path: 'note', before: '', after: 'A denial' },
        { path: 'version', before: 1, after: 2 },
        { path: 'evidence.0.url', before: undefined, after: 'https://example.test/denial' },
      ]),
    );
    expect(Number(changed?.sequence)).toBeGreaterThan(Number(first?.sequence));
  });
});

describe('filters and pages', () => {
  test('filters combine: actor and action, report and entity, date range', async () => {
    const alices = await allPages(fixture.editor.actor, { actor: fixture.alice.id, action: 'verdict.saved' }, 100);
    expect(alices).toHaveLength(4);
    expect(alices.every((item) => item.actor?.id === fixture.alice.id && item.action === 'verdict.saved')).toBe(true);

    const finals = await allPages(fixture.editor.actor, { reportId: fixture.dwId, entityType: 'final_verdict' }, 100);
    expect(finals.map((item) => item.action)).toEqual(['final_verdict.saved']);

    const today = new Date().toISOString().slice(0, 10);
    const all = await allPages(fixture.editor.actor, {}, 200);
    expect(await allPages(fixture.editor.actor, { from: today, to: today }, 200)).toHaveLength(all.length);
    expect(await allPages(fixture.editor.actor, { to: '2020-01-01' }, 200)).toEqual([]);
  });

  test('pages follow each other without gaps or repeats, and events written meanwhile do not shift them', async () => {
    const everything = await allPages(fixture.admin.actor, {}, 200);
    const firstPage = await listAuditEvents({ actor: fixture.admin.actor, input: { limit: '3' } });
    await saveVerdict({ actor: fixture.bob.actor, input: { claimId, label: 'single_source', note: 'later' } });
    const paged = [...firstPage.items, ...(await allPages(fixture.admin.actor, { cursor: firstPage.nextCursor ?? '' }, 3))];
    expect(paged.map((item) => item.sequence)).toEqual(everything.map((item) => item.sequence));
    const times = paged.map((item) => item.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  test.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '201' }, 'limit'],
    [{ limit: 'ten' }, 'limit'],
    [{ cursor: 'not-a-cursor' }, 'cursor'],
    [{ actor: 'alice' }, 'actor'],
    [{ sentenceId: '42' }, 'sentenceId'],
    [{ action: 'verdict.deleted' }, 'action'],
    [{ entityType: 'planet' }, 'entityType'],
    [{ from: 'yesterday' }, 'from'],
    [{ from: '2026-05-02', to: '2026-05-01' }, 'to'],
  ])('%j is refused naming %s', async (input, field) => {
    await expect(listAuditEvents({ actor: fixture.editor.actor, input })).rejects.toMatchObject({ code: 'invalid', field });
  });

  test('reviewers cannot read the history, whatever they ask', async () => {
    for (const input of [{}, { limit: '0' }, { sentenceId }]) {
      await expect(listAuditEvents({ actor: fixture.alice.actor, input })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(exportAuditEvents({ actor: fixture.alice.actor, input: { format: 'csv' } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('exporting the filtered history', () => {
  async function exported(input: Record<string, string>) {
    const result = await exportAuditEvents({ actor: fixture.editor.actor, input });
    return { ...result, text: await new Response(result.body).text() };
  }

  test('CSV holds the filtered events with their changes, and the export is itself recorded', async () => {
    const listed = await allPages(fixture.editor.actor, { sentenceId }, 200);
    const csv = await exported({ format: 'csv', sentenceId });
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    const rows: Record<string, string>[] = parse(csv.text, { columns: true });
    expect(rows.map((row) => row.sequence)).toEqual(listed.map((item) => item.sequence));
    expect(rows.find((row) => row.sequence === listed[0]?.sequence)?.changes).toContain('label:');
    const recorded = await db.auditEvent.findFirstOrThrow({ orderBy: { sequence: 'desc' } });
    expect(recorded).toMatchObject({ action: 'audit.exported', actorId: fixture.editor.id, sentenceId, after: { format: 'csv', filters: { sentenceId } } });
  });

  test('JSON is an array of the same items the API returns', async () => {
    const listed = await allPages(fixture.editor.actor, { actor: fixture.bob.id }, 200);
    const json = await exported({ format: 'json', actor: fixture.bob.id });
    expect(JSON.parse(json.text)).toEqual(JSON.parse(JSON.stringify(listed)));
  });

  test('an unknown format is refused naming it, and nothing is recorded', async () => {
    const before = await db.auditEvent.count();
    await expect(exportAuditEvents({ actor: fixture.editor.actor, input: { format: 'xlsx' } })).rejects.toMatchObject({ code: 'invalid', field: 'format' });
    expect(await db.auditEvent.count()).toBe(before);
  });
});
