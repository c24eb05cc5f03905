import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { reportName } from '@/lib/format/report-name';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';
import { getReviewWorkspace } from '@/lib/review/get-review-workspace';
import { bodyText, exportBody, exportOrigin, seedReviewedReports } from '../../support/reviewed-reports';

let fixture: Awaited<ReturnType<typeof seedReviewedReports>>;

type ClaimPlace = { claimId: string; reportId: string; sentenceId: string; index: number; sentenceNumber: number | null; text: string; sentenceText: string };

/** Every current claim with the number the review workspace gives its sentence (null off the sentences for review). */
let places: Map<string, ClaimPlace>;

beforeAll(async () => {
  fixture = await seedReviewedReports();
  // Reuters' first claim, settled, is on its first line: made a caption, that line keeps its
  // verdicts but has no number, and every later sentence's number is one less than its line's.
  const firstClaim = await db.claim.findUniqueOrThrow({ where: { id: fixture.reutersClaims[0]?.id }, select: { sentenceId: true } });
  await changeSentenceKind({ actor: fixture.editor.actor, input: { sentenceId: firstClaim.sentenceId, kind: 'caption' } });
  const sentences = await db.sentence.findMany({ where: { orphanedAt: null }, orderBy: [{ reportId: 'asc' }, { index: 'asc' }], select: { id: true, reportId: true, index: true, kind: true, text: true } });
  const numbers = new Map<string, number | null>();
  const counted = new Map<string, number>();
  for (const sentence of sentences) {
    if (sentence.kind !== 'body') {
      numbers.set(sentence.id, null);
      continue;
    }
    const number = (counted.get(sentence.reportId) ?? 0) + 1;
    counted.set(sentence.reportId, number);
    numbers.set(sentence.id, number);
  }
  const claims = await db.claim.findMany({ where: { removedAt: null, orphanedAt: null }, select: { id: true, reportId: true, text: true, sentence: { select: { id: true, index: true, text: true } } } });
  places = new Map(
    claims.map((claim) => [
      claim.id,
      { claimId: claim.id, reportId: claim.reportId, sentenceId: claim.sentence.id, index: claim.sentence.index, sentenceNumber: numbers.get(claim.sentence.id) ?? null, text: claim.text, sentenceText: claim.sentence.text },
    ]),
  );
});

function place(claimId: string | undefined): ClaimPlace {
  const found = claimId && places.get(claimId);
  if (!found) throw new Error(`No current claim ${claimId}`);
  return found;
}

async function exportText(input: Record<string, string>) {
  return bodyText((await exportBody(fixture.editor.actor, input)).bytes);
}

/** Where the review workspace opens for a link: the sentence it opens on and the claim it chooses there. */
async function whereLinkOpens(link: string) {
  const url = new URL(link);
  expect(url.origin).toBe(exportOrigin);
  const [, reports, reportId] = url.pathname.split('/');
  expect(reports).toBe('reports');
  const query = Object.fromEntries(url.searchParams);
  const workspace = await getReviewWorkspace({ actor: fixture.editor.actor, input: { reportId, ...query } });
  const opened = workspace.sentences.find((sentence) => sentence.index === workspace.opening?.index);
  return { reportId, sentenceId: opened?.id, claimId: workspace.opening?.claimId ?? null, fragment: url.hash };
}

async function expectOpensOnClaim(link: string, claimId: string) {
  const claim = place(claimId);
  expect(await whereLinkOpens(link), link).toEqual({ reportId: claim.reportId, sentenceId: claim.sentenceId, claimId, fragment: `#claim-${claimId}` });
}

describe('every format numbers a claim’s sentence as the review workspace does', () => {
  test('a claim on a line not for review has no number, and later sentences’ numbers differ from their line counts', () => {
    expect(place(fixture.reutersClaims[0]?.id).sentenceNumber).toBeNull();
    const reutersClaim = place(fixture.reutersClaims[1]?.id);
    expect(reutersClaim.sentenceNumber).not.toBeNull();
    expect(reutersClaim.index + 1).not.toBe(reutersClaim.sentenceNumber);
  });

  test('CSV has a sentence_number column, the number the workspace shows', async () => {
    const rows: Record<string, string>[] = parse(await exportText({ format: 'csv', scope: 'all' }), { columns: true });
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0] ?? {})).not.toContain('sentence_index');
    for (const row of rows) expect(row.sentence_number, row.claim_id).toBe(String(place(row.claim_id).sentenceNumber ?? ''));
  });

  test('JSON gives each sentence its sentenceNumber beside its stored index, which restore keeps', async () => {
    const document = JSON.parse(await exportText({ format: 'json', scope: 'all' }));
    const sentences: { id: string; index: number; sentenceNumber: number | null; kind: string; claims: { id: string }[] }[] = document.reports.flatMap((report: { sentences: unknown[] }) => report.sentences);
    const stored = new Map((await db.sentence.findMany({ where: { orphanedAt: null }, select: { id: true, index: true } })).map((sentence) => [sentence.id, sentence.index]));
    for (const sentence of sentences) {
      expect(sentence.index).toBe(stored.get(sentence.id));
      if (sentence.kind !== 'body') expect(sentence.sentenceNumber).toBeNull();
      for (const claim of sentence.claims) expect(sentence.sentenceNumber, claim.id).toBe(place(claim.id).sentenceNumber);
    }
    expect(sentences.filter((sentence) => sentence.kind === 'body').map((sentence) => sentence.sentenceNumber)).toContain(1);
  });

  test('evidence from another report’s sentence names that sentence by its number too', async () => {
    const document = JSON.parse(await exportText({ format: 'json', reportId: fixture.reutersId }));
    const claimZero = document.reports[0].sentences.flatMap((sentence: { claims: { id: string }[] }) => sentence.claims).find((claim: { id: string }) => claim.id === fixture.reutersClaims[0]?.id);
    const forumNumber = 1;
    expect(claimZero.finalVerdict.evidence[0]).toMatchObject({ sentenceId: fixture.forumSentence.id, sentenceNumber: forumNumber });
    const rows: Record<string, string>[] = parse(await exportText({ format: 'csv', reportId: fixture.reutersId }), { columns: true });
    expect(rows.find((row) => row.claim_id === fixture.reutersClaims[0]?.id)?.evidence).toBe(`supports: Indo-Pacific Defense FORUM, sentence ${forumNumber}: “${fixture.forumSentence.text}”`);
  });

  test('ClaimReview gives the number as the claim’s position', async () => {
    const reviews: { url: string; itemReviewed: { position?: number } }[] = JSON.parse(await exportText({ format: 'claimreview' }));
    expect(reviews.length).toBe(3);
    for (const review of reviews) {
      const claimId = new URL(review.url).searchParams.get('claim') ?? '';
      expect(review.itemReviewed.position ?? null, review.url).toBe(place(claimId).sentenceNumber);
    }
  });

  test('annotations label the claim’s link with its sentence number', async () => {
    const collection = JSON.parse(await exportText({ format: 'annotations', scope: 'all' }));
    const annotations: { body: { purpose: string; source?: string; label?: string }[] }[] = collection.first.items;
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) {
      const identifying = annotation.body.find((body) => body.purpose === 'identifying');
      const claimId = new URL(identifying?.source ?? 'https://missing.test').searchParams.get('claim') ?? '';
      const number = place(claimId).sentenceNumber;
      expect(identifying?.label ?? null).toBe(number === null ? null : `sentence ${number}`);
    }
  });

  test('the HTML report numbers the sentences for review as the workspace does, and lines not for review not at all', async () => {
    const html = await exportText({ format: 'html', scope: 'all', reportId: fixture.reutersId });
    // Sentences are list items with attributes; the evidence under a verdict is a bare <li>.
    const items = html.split(/<li(?= )/).slice(1);
    for (const claimId of [fixture.reutersClaims[0]?.id, fixture.reutersClaims[1]?.id, fixture.reutersClaims[2]?.id]) {
      const claim = place(claimId);
      const item = items.find((candidate) => candidate.includes(`claim=${claim.claimId}`));
      expect(item?.match(/^ value="(\d+)"/)?.[1] ?? null, claim.claimId).toBe(claim.sentenceNumber === null ? null : String(claim.sentenceNumber));
    }
    const values = items.flatMap((item) => item.match(/^ value="(\d+)"/)?.[1] ?? []).map(Number);
    expect(values).toEqual(values.map((_, position) => (values[0] ?? 1) + position));
  });

  test('the PDF report prints the same numbers before each sentence', async () => {
    const exported = await exportBody(fixture.editor.actor, { format: 'pdf', reportId: fixture.reutersId });
    const text = execFileSync('pdftotext', ['-raw', '-', '-'], { input: exported.bytes }).toString('utf8').replace(/\s+/g, ' ');
    for (const claimId of [fixture.reutersClaims[1]?.id, fixture.reutersClaims[2]?.id]) {
      const claim = place(claimId);
      expect(text).toContain(`${claim.sentenceNumber}. ${claim.sentenceText.slice(0, 30)}`);
    }
    const caption = place(fixture.reutersClaims[0]?.id);
    expect(text).not.toContain(`${caption.index + 1}. ${caption.sentenceText.slice(0, 30)}`);
    expect(text).toContain(caption.sentenceText.slice(0, 30));
  });
});

describe('every link an export gives for a claim opens the workspace on its sentence with that claim chosen', () => {
  test('ClaimReview url', async () => {
    const reviews: { url: string }[] = JSON.parse(await exportText({ format: 'claimreview' }));
    for (const review of reviews) await expectOpensOnClaim(review.url, new URL(review.url).searchParams.get('claim') ?? '');
  });

  test('annotations: the identifying link of each annotation, whose target stays the stored text its selectors index into', async () => {
    const collection = JSON.parse(await exportText({ format: 'annotations', scope: 'all', reportId: fixture.reutersId }));
    const annotations: { body: { type: string; purpose: string; source?: string }[]; target: { source: { id: string }; selector: { exact?: string }[] } }[] = collection.first.items;
    for (const annotation of annotations) {
      expect(annotation.target.source.id).toBe(`${exportOrigin}/api/v1/reports/${fixture.reutersId}/text`);
      const links = annotation.body.filter((body) => body.purpose === 'identifying');
      expect(links).toHaveLength(1);
      const claim = [...places.values()].find((candidate) => candidate.reportId === fixture.reutersId && candidate.text === annotation.target.selector[0]?.exact);
      expect(links[0]).toMatchObject({ type: 'SpecificResource', source: `${exportOrigin}/reports/${fixture.reutersId}?claim=${claim?.claimId}#claim-${claim?.claimId}` });
      await expectOpensOnClaim(links[0]?.source ?? '', claim?.claimId ?? '');
    }
  });

  test('HTML: a link for every claim, and every link into the server lands on a claim', async () => {
    const html = await exportText({ format: 'html', scope: 'all', reportId: fixture.reutersId });
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] ?? '').replaceAll('&amp;', '&')).filter((href) => href.startsWith(exportOrigin));
    const claimIds = [...places.values()].filter((claim) => claim.reportId === fixture.reutersId).map((claim) => claim.claimId);
    const linked = links.map((link) => new URL(link).searchParams.get('claim'));
    for (const claimId of [fixture.reutersClaims[0]?.id, fixture.reutersClaims[1]?.id, fixture.reutersClaims[2]?.id]) expect(linked).toContain(claimId);
    for (const link of links) {
      const claimId = new URL(link).searchParams.get('claim') ?? '';
      expect(claimIds).toContain(claimId);
      await expectOpensOnClaim(link, claimId);
    }
  });
});

describe('the PDF report starts the first report on the summary’s page', () => {
  async function firstPageText(input: Record<string, string>) {
    const exported = await exportBody(fixture.editor.actor, { format: 'pdf', ...input });
    return execFileSync('pdftotext', ['-f', '1', '-l', '1', '-raw', '-', '-'], { input: exported.bytes }).toString('utf8').replace(/\s+/g, ' ');
  }

  test('for each shipped report on its own, page 1 has the summary, the report’s heading and its first sentences', async () => {
    const reports = await db.report.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, title: true, outlet: true, publishedOn: true, createdAt: true } });
    expect(reports.length).toBeGreaterThan(1);
    for (const report of reports) {
      const text = await firstPageText({ reportId: report.id });
      expect(text).toContain('Summary');
      expect(text, reportName(report)).toContain(`${reportName(report)} `);
      expect(text).toContain('status: ');
      expect(text).toMatch(/ 1\. /);
    }
  });

  test('for every report at once, page 1 has the first report’s heading', async () => {
    const first = await db.report.findFirstOrThrow({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { title: true, outlet: true, publishedOn: true, createdAt: true } });
    const text = await firstPageText({});
    expect(text).toContain('Summary');
    expect(text).toContain(reportName(first));
    expect(text).toContain('status: ');
  });
});
