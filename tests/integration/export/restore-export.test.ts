import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { restoreExport } from '@/lib/export/restore-export';
import { emptyReportTables } from '../../support/empty-report-tables';
import { bodyText, exportBody, seedReviewedReports } from '../../support/reviewed-reports';

let fixture: Awaited<ReturnType<typeof seedReviewedReports>>;

beforeAll(async () => {
  fixture = await seedReviewedReports();
});

async function exportDocument(scope: 'final' | 'all') {
  return JSON.parse(bodyText((await exportBody(fixture.editor.actor, { format: 'json', scope })).bytes));
}

function withoutExportTime(document: { exportedAt: string }) {
  const { exportedAt: _exportedAt, ...rest } = document;
  return rest;
}

async function searchTerms() {
  return db.searchTerm.findMany({ orderBy: { lexeme: 'asc' } });
}

async function contentCounts() {
  const [reports, sentences, claims, verdicts, finalVerdicts, evidence] = await Promise.all([
    db.report.count(),
    db.sentence.count(),
    db.claim.count(),
    db.verdict.count(),
    db.finalVerdict.count(),
    db.evidence.count(),
  ]);
  return { reports, sentences, claims, verdicts, finalVerdicts, evidence };
}

describe('restoring a JSON export', () => {
  test('refuses a server that already has reports, and an editor, changing nothing', async () => {
    const document = await exportDocument('all');
    const before = await contentCounts();
    await expect(restoreExport({ actor: fixture.admin.actor, input: document })).rejects.toMatchObject({ code: 'conflict' });
    await expect(restoreExport({ actor: fixture.editor.actor, input: document })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await contentCounts()).toEqual(before);
  });

  test('export → restore into an empty database → export gives the same document', async () => {
    const first = await exportDocument('all');
    const finalOnly = await exportDocument('final');
    const termsBefore = await searchTerms();
    await emptyReportTables();

    const restored = await restoreExport({ actor: fixture.admin.actor, input: first });
    expect(restored).toEqual({ reports: 3, claims: expect.any(Number), verdicts: 6, finalVerdicts: 3 });
    const second = await exportDocument('all');
    expect(withoutExportTime(second)).toEqual(withoutExportTime(first));
    expect(JSON.stringify(withoutExportTime(second))).toBe(JSON.stringify(withoutExportTime(first)));
    expect(withoutExportTime(await exportDocument('final'))).toEqual(withoutExportTime(finalOnly));
    // Suggestions rank by search-term counts: the restore counts the same terms again.
    expect(await searchTerms()).toEqual(termsBefore);
    const events = await db.auditEvent.findMany({ where: { action: 'report.restored' }, select: { actorId: true, after: true } });
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ actorId: fixture.admin.id, after: { slug: 'reuters', verdicts: 6, finalVerdicts: 2 } });
  });

  test('a claim that does not quote its report is refused, naming the field, and nothing is stored', async () => {
    const document = await exportDocument('all');
    const original = structuredClone(document);
    await emptyReportTables();
    const sentenceIndex = document.reports[1].sentences.findIndex((sentence: { claims: unknown[] }) => sentence.claims.length > 0);
    const claim = document.reports[1].sentences[sentenceIndex].claims[0];
    claim.text = 'Something the report never said';
    await expect(restoreExport({ actor: fixture.admin.actor, input: document })).rejects.toMatchObject({
      code: 'invalid',
      field: `reports.1.sentences.${sentenceIndex}.claims.0.text`,
    });
    expect(await contentCounts()).toEqual({ reports: 0, sentences: 0, claims: 0, verdicts: 0, finalVerdicts: 0, evidence: 0 });
    claim.verdicts = [{ nonsense: true }];
    await expect(restoreExport({ actor: fixture.admin.actor, input: document })).rejects.toMatchObject({
      code: 'invalid',
      field: expect.stringMatching(new RegExp(`^reports\\.1\\.sentences\\.${sentenceIndex}\\.claims\\.0\\.verdicts\\.0\\.`)),
    });
    await restoreExport({ actor: fixture.admin.actor, input: original });
  });

  test('addresses other than http(s), in a report or its evidence, are refused naming the field, and nothing is stored', async () => {
    const document = await exportDocument('all');
    await emptyReportTables();
    const withReportUrl = structuredClone(document);
    withReportUrl.reports[0].url = 'javascript:alert(document.cookie)';
    await expect(restoreExport({ actor: fixture.admin.actor, input: withReportUrl })).rejects.toMatchObject({ code: 'invalid', field: 'reports.0.url' });
    const withCopyUrl = structuredClone(document);
    withCopyUrl.reports[0].syndicatedCopyUrl = 'data:text/html,<script>alert(1)</script>';
    await expect(restoreExport({ actor: fixture.admin.actor, input: withCopyUrl })).rejects.toMatchObject({ code: 'invalid', field: 'reports.0.syndicatedCopyUrl' });

    const withEvidenceUrl = structuredClone(document);
    const outside = withEvidenceUrl.reports
      .flatMap((report: { sentences: { claims: { verdicts?: { evidence: { kind: string; url?: string }[] }[] }[] }[] }) => report.sentences)
      .flatMap((sentence: { claims: { verdicts?: { evidence: { kind: string; url?: string }[] }[] }[] }) => sentence.claims)
      .flatMap((claim: { verdicts?: { evidence: { kind: string; url?: string }[] }[] }) => claim.verdicts ?? [])
      .flatMap((verdict: { evidence: { kind: string; url?: string }[] }) => verdict.evidence)
      .filter((evidence: { kind: string }) => evidence.kind === 'url');
    expect(outside.length).toBeGreaterThan(0);
    for (const evidence of outside) evidence.url = 'javascript:alert(1)';
    await expect(restoreExport({ actor: fixture.admin.actor, input: withEvidenceUrl })).rejects.toMatchObject({
      code: 'invalid',
      field: expect.stringMatching(/\.evidence\.\d+\.url$/),
    });
    expect(await contentCounts()).toEqual({ reports: 0, sentences: 0, claims: 0, verdicts: 0, finalVerdicts: 0, evidence: 0 });
    await restoreExport({ actor: fixture.admin.actor, input: document });
  });

  test('a reviewer is refused before the document is looked at: 403, not the shape of what was wrong', async () => {
    await expect(restoreExport({ actor: fixture.alice.actor, input: { not: 'an export' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(restoreExport({ actor: fixture.editor.actor, input: {} })).rejects.toMatchObject({ code: 'forbidden' });
  });

  test('reviewers this server does not know become deactivated accounts, each recorded', async () => {
    const document = await exportDocument('all');
    await emptyReportTables();
    const stranger = { name: 'Visiting Reviewer', email: 'visitor@partner.test' };
    for (const report of document.reports) {
      for (const sentence of report.sentences) for (const claim of sentence.claims) for (const verdict of claim.verdicts) {
        if (verdict.reviewer.email === fixture.alice.email) verdict.reviewer = stranger;
      }
    }
    await restoreExport({ actor: fixture.admin.actor, input: document });
    const visitor = await db.user.findUniqueOrThrow({ where: { email: stranger.email } });
    expect(visitor).toMatchObject({ name: stranger.name, role: 'reviewer', isActive: false });
    expect(await db.verdict.count({ where: { reviewerId: visitor.id } })).toBe(3);
    expect(await db.auditEvent.count({ where: { action: 'user.created', entityId: visitor.id, actorId: fixture.admin.id } })).toBe(1);
  });
});
