import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { csvColumns } from '@/lib/export/formats/csv-export';
import { exportJsonSchema } from '@/lib/export/export-json-schema';
import { ZExportDocument } from '@/lib/validations/export-document';
import { bodyText, exportBody, hostileNotes, seedReviewedReports } from '../../support/reviewed-reports';

let fixture: Awaited<ReturnType<typeof seedReviewedReports>>;

beforeAll(async () => {
  fixture = await seedReviewedReports();
});

async function exportText(input: Record<string, string>) {
  return bodyText((await exportBody(fixture.editor.actor, input)).bytes);
}

describe('CSV export', () => {
  test('parses back to one row per claim with the final verdicts, formulas neutralized', async () => {
    const exported = await exportBody(fixture.editor.actor, { format: 'csv', reportId: fixture.reutersId });
    expect(exported.contentType).toBe('text/csv; charset=utf-8');
    expect(exported.filename).toMatch(/^verdicts-reuters-final-\d{4}-\d\d-\d\d\.csv$/);
    const text = bodyText(exported.bytes);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows: Record<string, string>[] = parse(text, { columns: true });
    const bodyClaims = await db.claim.count({ where: { reportId: fixture.reutersId, removedAt: null, orphanedAt: null } });
    expect(rows).toHaveLength(bodyClaims);
    expect(Object.keys(rows[0] ?? {})).toEqual([...csvColumns]);

    const first = rows.find((row) => row.claim_id === fixture.reutersClaims[0]?.id);
    expect(first).toMatchObject({ outlet: 'Reuters', verdict: 'final', label: 'corroborated', note: `'${hostileNotes.plus}`, editor: fixture.editor.name, basis: 'editor', version: '1' });
    expect(first?.reviewers).toBe(`${fixture.alice.name}; ${fixture.bob.name}`);
    expect(first?.evidence).toBe(`supports: Indo-Pacific Defense FORUM, sentence 1: “${fixture.forumSentence.text}”`);
    expect(first?.independent_support).toBe('yes');
    const second = rows.find((row) => row.claim_id === fixture.reutersClaims[1]?.id);
    expect(second).toMatchObject({ label: 'disputed', evidence: `contradicts: https://example.test/denial “${hostileNotes.at}”` });
    const unsettled = rows.find((row) => row.claim_id === fixture.reutersClaims[2]?.id);
    expect(unsettled).toMatchObject({ verdict: '', label: '', reviewers: fixture.alice.name });
  });

  test('scope all gives a row per reviewer verdict and per final verdict, and every formula cell starts with a quote', async () => {
    const rows: Record<string, string>[] = parse(await exportText({ format: 'csv', scope: 'all', reportId: fixture.reutersId }), { columns: true });
    const claimZero = rows.filter((row) => row.claim_id === fixture.reutersClaims[0]?.id);
    expect(claimZero.map((row) => [row.verdict, row.reviewers, row.note])).toEqual([
      ['reviewer', fixture.alice.name, `'${hostileNotes.formula}`],
      ['reviewer', fixture.bob.name, `'${hostileNotes.fullWidth}`],
      ['final', `${fixture.alice.name}; ${fixture.bob.name}`, `'${hostileNotes.plus}`],
    ]);
    const notes = rows.map((row) => row.note ?? '');
    expect(notes).toContain(`'${hostileNotes.minus}`);
    expect(notes).toContain(hostileNotes.markup);
    for (const cell of rows.flatMap((row) => Object.values(row))) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
  });

  test('starts with a byte order mark when asked, for Excel', async () => {
    const exported = await exportBody(fixture.editor.actor, { format: 'csv', bom: 'true' });
    expect([...exported.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('JSON export', () => {
  test('is the nested document its published JSON Schema describes, with raw values', async () => {
    const document = JSON.parse(await exportText({ format: 'json', scope: 'all' }));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(exportJsonSchema());
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(ZExportDocument.safeParse(document).success).toBe(true);

    expect(document.reports.map((report: { slug: string }) => report.slug)).toEqual(['reuters', 'dw', 'ipdefenseforum']);
    const claims = document.reports[0].sentences.flatMap((sentence: { claims: unknown[] }) => sentence.claims);
    const claimZero = claims.find((claim: { id: string }) => claim.id === fixture.reutersClaims[0]?.id);
    expect(claimZero.verdicts.map((verdict: { note: string }) => verdict.note)).toEqual([hostileNotes.formula, hostileNotes.fullWidth]);
    expect(claimZero.finalVerdict).toMatchObject({ label: 'corroborated', note: hostileNotes.plus, basis: 'editor', decidedBy: { email: fixture.editor.email }, independentSupport: true });
    expect(claimZero.finalVerdict.evidence).toEqual([
      { kind: 'sentence', relation: 'supports', sentenceId: fixture.forumSentence.id, reportSlug: 'ipdefenseforum', outlet: 'Indo-Pacific Defense FORUM', sentenceIndex: await sentenceIndexOf(fixture.forumSentence.id), sentenceNumber: 1, text: fixture.forumSentence.text },
    ]);
  });

  test('the JSON Schema in public/schemas is the one the restore reads with', async () => {
    const { readFile } = await import('node:fs/promises');
    const published = JSON.parse(await readFile(new URL('../../../public/schemas/verdict-export.schema.json', import.meta.url), 'utf8'));
    expect(published, 'run npm run export:schema').toEqual(exportJsonSchema());
  });

  test('scope final leaves reviewer verdicts out', async () => {
    const document = JSON.parse(await exportText({ format: 'json', reportId: fixture.reutersId }));
    const claims = document.reports[0].sentences.flatMap((sentence: { claims: object[] }) => sentence.claims);
    expect(claims.every((claim: object) => !('verdicts' in claim))).toBe(true);
    expect(claims.filter((claim: { finalVerdict: unknown }) => claim.finalVerdict)).toHaveLength(2);
  });
});

describe('ClaimReview export', () => {
  test('gives one ClaimReview per final verdict with the properties Google requires and recommends', async () => {
    const reviews = JSON.parse(await exportText({ format: 'claimreview' }));
    expect(reviews).toHaveLength(3);
    for (const review of reviews) {
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: expect.stringMatching(/^https:\/\/factcheck\.newsroom\.test\/reports\//),
        claimReviewed: expect.any(String),
        datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        author: { '@type': 'Person', name: fixture.editor.name },
        reviewRating: { '@type': 'Rating', ratingValue: expect.any(Number), bestRating: 3, worstRating: 1, alternateName: expect.any(String) },
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: expect.any(String) }, appearance: { '@type': 'NewsArticle', author: { '@type': 'Organization' } } },
      });
    }
    const disputed = reviews.find((review: { claimReviewed: string }) => review.claimReviewed === fixture.reutersClaims[1]?.text);
    expect(disputed.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'Disputed' });
    expect(disputed.itemReviewed).toMatchObject({ author: { name: 'Reuters' }, datePublished: '2023-04-07', appearance: { url: 'https://malaysiakini.com/world/661403', datePublished: '2023-04-07' } });
    const fromDw = reviews.find((review: { claimReviewed: string }) => review.claimReviewed === fixture.dwClaims[0]?.text);
    expect(fromDw.itemReviewed.appearance).toEqual({ '@type': 'NewsArticle', headline: 'US and Asian allies urge support for North Korea worker ban', datePublished: '2023-04-07', author: { '@type': 'Organization', name: 'DW (Deutsche Welle)' } });
  });

  test('refuses scope all, naming the scope', async () => {
    await expect(exportBody(fixture.editor.actor, { format: 'claimreview', scope: 'all' })).rejects.toMatchObject({ code: 'invalid', field: 'scope' });
  });
});

describe('HTML and PDF verdict reports', () => {
  test('the HTML report has the summary, the sentences with their verdicts, and markup shown as text', async () => {
    const html = await exportText({ format: 'html', scope: 'all', reportId: fixture.reutersId });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h2>Summary</h2>');
    expect(html).toContain('@media print');
    expect(html).toContain(fixture.reutersClaims[0]?.text.replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain(`Final verdict by ${fixture.editor.name}`);
  });

  test('the PDF holds the same content as text pdftotext can extract', async () => {
    const exported = await exportBody(fixture.editor.actor, { format: 'pdf', reportId: fixture.reutersId });
    expect(exported.contentType).toBe('application/pdf');
    expect(bodyText(exported.bytes.slice(0, 5))).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: exported.bytes }).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Verdict report');
    expect(text).toContain('Summary');
    expect(text).toContain('Corroborated 1 · Single-source 0 · Disputed 1');
    expect(text).toContain('Final verdict by');
    expect(text).toContain('A denial contradicts it');
    expect(text).toContain('Not yet settled');
  });
});

describe('who may export, and the record of it', () => {
  test('a reviewer is refused and no export is recorded', async () => {
    const before = await db.auditEvent.count({ where: { action: 'export.downloaded' } });
    await expect(exportBody(fixture.alice.actor, { format: 'csv' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.auditEvent.count({ where: { action: 'export.downloaded' } })).toBe(before);
  });

  test('every export records who exported what, in which format and scope', async () => {
    await exportBody(fixture.admin.actor, { format: 'annotations', scope: 'all', reportId: fixture.dwId });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'export.downloaded' }, orderBy: { sequence: 'desc' } });
    expect(event).toMatchObject({ actorId: fixture.admin.id, entityType: 'export', entityId: fixture.dwId, reportId: fixture.dwId, after: { format: 'annotations', scope: 'all', reportId: fixture.dwId, reports: 1 } });
  });

  test('bad input names the field', async () => {
    await expect(exportBody(fixture.editor.actor, { format: 'xlsx' })).rejects.toMatchObject({ code: 'invalid', field: 'format' });
    await expect(exportBody(fixture.editor.actor, { format: 'csv', scope: 'some' })).rejects.toMatchObject({ code: 'invalid', field: 'scope' });
    await expect(exportBody(fixture.editor.actor, { format: 'csv', reportId: '0192f0c0-0000-7000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found', field: 'reportId' });
  });
});

async function sentenceIndexOf(sentenceId: string): Promise<number> {
  return (await db.sentence.findUniqueOrThrow({ where: { id: sentenceId }, select: { index: true } })).index;
}
