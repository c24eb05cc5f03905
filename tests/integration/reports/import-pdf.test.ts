import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { importReportFromUrl } from '@/lib/reports/import-report-from-url';
import { readPdfText } from '@/lib/reports/read-pdf-text';
import { sha256 } from '@/lib/reports/store-report';
import { floodReportParagraphs, floodReportPdf } from '../../support/flood-report-pdf';
import { refusal } from '../../support/refusal';
import { page, startPageServer, type PageServer } from '../../support/page-server';
import { createWorld, routeResponse, type World } from '../../support/permission-calls';
import { drawingOnlyPdf, paddedPdf } from '../../support/report-pdf';

let world: World;
let server: PageServer;
// What the page server answers at /report.pdf: pdfkit dates each PDF it writes, so it is kept.
let servedPdf: Buffer;
const marker = () => randomUUID().slice(0, 8);
const editor = () => world.editor.actor;

async function counts() {
  const [reports, sentences, snapshots, auditEvents] = await Promise.all([db.report.count(), db.sentence.count(), db.reportSnapshot.count(), db.auditEvent.count()]);
  return { reports, sentences, snapshots, auditEvents };
}

/** The sentences of a stored report, as [kind, text]. */
async function sentencesOf(reportId: string) {
  const sentences = await db.sentence.findMany({ where: { reportId }, orderBy: { index: 'asc' }, select: { kind: true, text: true } });
  return sentences.map(({ kind, text }) => [kind, text]);
}

const floodSentences = (tag: string) => [
  ['headline', `Floods reach the capital ${tag}`],
  ['body', 'The river rose two metres overnight and rescue teams arrived at dawn, officials said.'],
  ['body', 'The ministry called it an international emergency on Friday, and the army sent boats to the old town.'],
  ['body', 'A well-known bridge was closed there.'],
  ['body', 'Water reached the first floors of houses near the station before noon.'],
  ['body', 'Schools stay shut until Monday.'],
  ['body', 'The mayor asked residents to keep away from the river banks.'],
  ['body', 'Forecasters expect more rain over the weekend.'],
  ['body', 'The river is likely to peak again on Sunday night, they said.'],
  ['body', 'Insurers said claims had already passed those of the last great flood, in 1947, when the same streets were under water for a week.'],
  ['body', 'Volunteers filled sandbags through the night at the depot on Mill Lane.'],
];

beforeAll(async () => {
  world = await createWorld();
  process.env.FACTCHECK_FETCH_ALLOWED_HOSTS = '127.0.0.1';
  servedPdf = await floodReportPdf('from-url');
  server = await startPageServer({
    '/report.pdf': page(servedPdf, 'application/pdf'),
    '/scan.pdf': page(await drawingOnlyPdf(), 'application/pdf'),
  });
});

afterAll(async () => {
  delete process.env.FACTCHECK_FETCH_ALLOWED_HOSTS;
  await server.stop();
});

describe('importing a PDF (bodyFormat pdf, the file in base64)', () => {
  test('stores the text taken from the PDF as the body, and its sentences: the title a headline, the paragraphs for review', async () => {
    const tag = marker();
    const pdf = await floodReportPdf(tag);
    const imported = await importReport({ actor: editor(), input: { outlet: 'Ministry of Water', bodyFormat: 'pdf', body: pdf.toString('base64') } });

    const stored = await db.report.findUniqueOrThrow({ where: { id: imported.id }, include: { snapshots: true } });
    expect(stored.body).toBe(floodReportParagraphs(tag).join('\n\n'));
    expect(stored.bodySha256).toBe(sha256(stored.body));
    expect(stored).toMatchObject({ outlet: 'Ministry of Water', snapshots: [] });
    expect(await sentencesOf(imported.id)).toEqual(floodSentences(tag));
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: 'report.imported', entityId: imported.id } })).toMatchObject({ after: { bodySha256: stored.bodySha256, units: 11 } });
  });

  test('the same PDF again is refused as a duplicate of its text; an outlet is required', async () => {
    const pdf = (await floodReportPdf(marker())).toString('base64');
    await importReport({ actor: editor(), input: { outlet: 'Ministry of Water', bodyFormat: 'pdf', body: pdf } });
    const before = await counts();
    expect(await refusal(() => importReport({ actor: editor(), input: { outlet: 'Copy desk', bodyFormat: 'pdf', body: pdf } }))).toMatchObject({ code: 'conflict', field: 'body' });
    expect(await refusal(() => importReport({ actor: editor(), input: { bodyFormat: 'pdf', body: pdf } }))).toMatchObject({ code: 'invalid', field: 'outlet' });
    expect(await counts()).toEqual(before);
  });

  test('a PDF without text, bytes that are not a PDF, and text that is not base64 are refused on body; nothing is stored', async () => {
    const before = await counts();
    const importing = (body: string) => () => importReport({ actor: editor(), input: { outlet: 'Scans', bodyFormat: 'pdf', body } });
    expect(await refusal(importing((await drawingOnlyPdf()).toString('base64')))).toEqual({ code: 'invalid', field: 'body', message: 'This PDF has no text to import (a scanned image? Paste its text instead)' });
    expect(await refusal(importing(Buffer.from('not a PDF at all').toString('base64')))).toEqual({ code: 'invalid', field: 'body', message: 'This file is not a readable PDF (damaged, or not a PDF at all)' });
    expect(await refusal(importing('The river rose two metres.'))).toEqual({ code: 'invalid', field: 'body', message: 'A PDF must be sent as its bytes in base64' });
    expect(await counts()).toEqual(before);
  });

  test('POST /api/v1/reports takes a PDF near the 5 MB limit in base64, and refuses one over it', async () => {
    const tag = marker();
    const large = await paddedPdf(5 * 1024 * 1024 - 4_000, `A large PDF ${tag} holds one sentence.`);
    const created = await routeResponse(world.editor.token, 'POST', '/api/v1/reports', {}, { body: { outlet: 'Large Wire', bodyFormat: 'pdf', body: large.toString('base64') } });
    expect(created.status).toBe(201);
    expect((await created.json()).sentences).toMatchObject([{ kind: 'body', text: `A large PDF ${tag} holds one sentence.` }]);

    const tooLarge = await paddedPdf(5 * 1024 * 1024 + 1_000, 'Too large.');
    const refused = await routeResponse(world.editor.token, 'POST', '/api/v1/reports', {}, { body: { outlet: 'Large Wire', bodyFormat: 'pdf', body: tooLarge.toString('base64') } });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: { field: 'body', message: 'A PDF must be at most 5 MB' } });
  });

  test('readPdfText gives the import form the text, the page count and what was left out; reviewers are refused', async () => {
    const pdf = (await floodReportPdf('read')).toString('base64');
    const before = await counts();
    expect(await readPdfText({ actor: editor(), input: { pdf } })).toEqual({
      text: floodReportParagraphs('read').join('\n\n'),
      pages: 3,
      furniture: ['Page 1 of 3', 'Ministry of Water - Flood report 2024', 'Page 2 of 3', 'Ministry of Water - Flood report 2024', 'Page 3 of 3'],
    });
    expect(await refusal(() => readPdfText({ actor: world.reviewer.actor, input: { pdf } }))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(() => readPdfText({ actor: editor(), input: { pdf: '' } }))).toMatchObject({ code: 'invalid', field: 'pdf' });
    expect(await counts()).toEqual(before);
  });
});

describe('importing a PDF from a URL', () => {
  test('a response of type application/pdf is imported by the same extraction, kept byte for byte as the snapshot and downloaded as a PDF', async () => {
    const imported = await importReportFromUrl({ actor: editor(), input: { url: server.url('/report.pdf') } });
    const pdf = servedPdf;

    const stored = await db.report.findUniqueOrThrow({ where: { id: imported.id }, include: { snapshots: true } });
    expect(stored).toMatchObject({ outlet: '127.0.0.1', url: server.url('/report.pdf'), body: floodReportParagraphs('from-url').join('\n\n') });
    expect(await sentencesOf(imported.id)).toEqual(floodSentences('from-url'));
    expect(stored.snapshots).toMatchObject([{ contentType: 'application/pdf', encoding: 'binary', sha256: sha256(pdf) }]);
    expect(Buffer.from(stored.snapshots[0]?.content ?? []).equals(pdf)).toBe(true);

    const download = await routeResponse(world.editor.token, 'GET', '/api/v1/reports/[reportId]/snapshot', { reportId: imported.id });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename=".*-snapshot\.pdf"$/);
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  });

  test('a PDF without text at the address is refused on url, and nothing is stored', async () => {
    const before = await counts();
    expect(await refusal(() => importReportFromUrl({ actor: editor(), input: { url: server.url('/scan.pdf'), outlet: 'Scans' } }))).toEqual({
      code: 'invalid',
      field: 'url',
      message: 'This PDF has no text to import (a scanned image? Paste its text instead)',
    });
    expect(await counts()).toEqual(before);
  });
});
