import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { getReport } from '@/lib/reports/get-report';
import { importReport } from '@/lib/reports/import-report';
import { importReportFromUrl } from '@/lib/reports/import-report-from-url';
import { previewReportFromUrl } from '@/lib/reports/preview-report-from-url';
import { readPage } from '@/lib/reports/read-page';
import { createTestUser } from '../../support/factories';

const bodyWith = (tag: string) => `Envoys met in Seoul on Friday (${tag}). The U.S. envoy spoke first.\n\n- Yonhap`;
const plainWords = "Enter the page's web address, starting with https://";

async function counts() {
  const [reports, revisions, sentences, snapshots, auditEvents] = await Promise.all([
    db.report.count(),
    db.reportRevision.count(),
    db.sentence.count(),
    db.reportSnapshot.count(),
    db.auditEvent.count(),
  ]);
  return { reports, revisions, sentences, snapshots, auditEvents };
}

describe("the editor's notes and the page's address on import", () => {
  test("the editor's notes are stored with the report, and reviewers read them with it", async () => {
    const editor = await createTestUser({ role: 'editor' });
    const reviewer = await createTestUser({ role: 'reviewer' });
    const notes = '  Check the quote against the ministry transcript.\nThe date is Seoul time.  ';
    const report = await importReport({ actor: editor.actor, input: { outlet: 'Yonhap', notes, body: bodyWith(randomUUID()) } });
    const read = await getReport({ actor: reviewer.actor, input: { reportId: report.id } });
    expect(read.notes).toBe('Check the quote against the ministry transcript.\nThe date is Seoul time.');
  });

  test.each([
    ['www.example.org/envoys/seoul', 'https://www.example.org/envoys/seoul'],
    ['example.org/envoys?page=2', 'https://example.org/envoys?page=2'],
    [' news.example.co.uk:8443/world#top ', 'https://news.example.co.uk:8443/world#top'],
    ['example.org', 'https://example.org'],
    ['http://example.org/kept', 'http://example.org/kept'],
  ])('an address typed as %j is stored as %j', async (typed, stored) => {
    const editor = await createTestUser({ role: 'editor' });
    const report = await importReport({ actor: editor.actor, input: { outlet: 'Yonhap', url: typed, body: bodyWith(randomUUID()) } });
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).url).toBe(stored);
  });

  test.each(['not a url', 'javascript:alert(1)', 'mailto:desk@example.org', 'ftp://example.org/file', 'localhost/envoys', '192.168.1.10/admin', '/envoys/seoul', '//example.org/envoys'])(
    'an address %j is refused in plain words on url, and nothing is stored',
    async (url) => {
      const editor = await createTestUser({ role: 'editor' });
      const before = await counts();
      await expect(importReport({ actor: editor.actor, input: { outlet: 'Yonhap', url, body: bodyWith(randomUUID()) } })).rejects.toMatchObject({
        code: 'invalid',
        field: 'url',
        message: plainWords,
      });
      expect(await counts()).toEqual(before);
    },
  );

  test('a web address too long, or notes too long, are refused naming the field, and nothing is stored', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const before = await counts();
    const longUrl = `https://example.org/${'a'.repeat(2_000)}`;
    await expect(importReport({ actor: editor.actor, input: { outlet: 'Yonhap', url: longUrl, body: bodyWith('long url') } })).rejects.toMatchObject({
      code: 'invalid',
      field: 'url',
      message: "The page's web address is too long: at most 2,000 characters",
    });
    await expect(importReport({ actor: editor.actor, input: { outlet: 'Yonhap', notes: 'n'.repeat(5_001), body: bodyWith('long notes') } })).rejects.toMatchObject({
      code: 'invalid',
      field: 'notes',
    });
    expect(await counts()).toEqual(before);
  });

  test('fetching a page and reading an uploaded one say the same about a bad address, and fetch nothing', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const before = await counts();
    await expect(previewReportFromUrl({ actor: editor.actor, input: { url: 'envoys in seoul' } })).rejects.toMatchObject({ code: 'invalid', field: 'url', message: plainWords });
    await expect(importReportFromUrl({ actor: editor.actor, input: { url: 'javascript:alert(1)', notes: 'Read it' } })).rejects.toMatchObject({
      code: 'invalid',
      field: 'url',
      message: plainWords,
    });
    await expect(importReportFromUrl({ actor: editor.actor, input: { url: '  ' } })).rejects.toMatchObject({ code: 'invalid', field: 'url', message: "Enter the page's web address" });
    await expect(readPage({ actor: editor.actor, input: { html: '<p>Envoys met.</p>', url: 'not a url' } })).rejects.toMatchObject({ code: 'invalid', field: 'url', message: plainWords });
    expect(await counts()).toEqual(before);
  });
});
