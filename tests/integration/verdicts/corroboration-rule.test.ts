import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { acceptMajority } from '@/lib/adjudication/accept-majority';
import { getAdjudicationQueue } from '@/lib/adjudication/get-adjudication-queue';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { db } from '@/lib/db';
import { saveVerdict } from '@/lib/review/save-verdict';
import { seedDatabase } from '@/lib/seed/seed-database';
import { orderedPair } from '@/lib/stories/load-independence';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { createTestUser } from '../../support/factories';
import { exportOrigin } from '../../support/reviewed-reports';
import { exportVerdicts } from '@/lib/export/export-verdicts';

// Between the shipped reports Reuters↔FORUM and DW↔FORUM are independent; DW credits Reuters.
type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let editor: TestUser;
let reviewer: TestUser;
let ids: { reuters: string; dw: string; forum: string };
let forumUrl: string;
let reutersClaims: { id: string }[];
let dwSentenceId: string;
let forumSentenceId: string;

const dwRefusal = 'A corroborated verdict needs a supporting source independent of Reuters: DW (Deutsche Welle) credits Reuters, so the DW (Deutsche Welle) sentence does not count.';

function claim(position: number): string {
  const found = reutersClaims[position];
  if (!found) throw new Error(`No Reuters claim ${position}`);
  return found.id;
}

/** An editor's decision that FORUM was written from Reuters: what turns stored support into none. */
async function decideForumDerivedFromReuters() {
  const [reportId, otherReportId] = orderedPair(ids.reuters, ids.forum);
  await db.sourceDecision.create({ data: { reportId, otherReportId, relation: 'derived', derivedReportId: ids.forum, reason: 'Rewritten from the wire', decidedById: editor.id } });
}

async function stored() {
  const [verdicts, finals, evidence, auditEvents] = await Promise.all([db.verdict.count(), db.finalVerdict.count(), db.evidence.count(), db.auditEvent.count()]);
  return { verdicts, finals, evidence, auditEvents };
}

const supportsDw = () => [{ sentenceId: dwSentenceId, relation: 'supports' }];
const supportsForum = () => [{ sentenceId: forumSentenceId, relation: 'supports' }];

beforeAll(async () => {
  await seedDatabase();
  [editor, reviewer] = await Promise.all([createTestUser({ role: 'editor' }), createTestUser()]);
  const report = (slug: string) => db.report.findUniqueOrThrow({ where: { slug }, select: { id: true, url: true } });
  const [reuters, dw, forum] = await Promise.all([report('reuters'), report('dw'), report('ipdefenseforum')]);
  ids = { reuters: reuters.id, dw: dw.id, forum: forum.id };
  forumUrl = forum.url ?? '';
  reutersClaims = await db.claim.findMany({ where: { reportId: ids.reuters, isDefault: true }, orderBy: { start: 'asc' }, take: 8, select: { id: true } });
  const bodySentence = (reportId: string) => db.sentence.findFirstOrThrow({ where: { reportId, kind: 'body' }, orderBy: { index: 'asc' }, select: { id: true } });
  dwSentenceId = (await bodySentence(ids.dw)).id;
  forumSentenceId = (await bodySentence(ids.forum)).id;
});

afterEach(() => db.sourceDecision.deleteMany({}));

describe('a reviewer’s corroborated verdict needs a supporting source independent of the claim’s report', () => {
  test('a sentence of a report that credits the claim’s outlet is refused on evidence, naming why, and nothing is stored', async () => {
    const before = await stored();
    const error = await saveVerdict({ actor: reviewer.actor, input: { claimId: claim(0), label: 'corroborated', evidence: supportsDw() } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'invalid', field: 'evidence', message: dwRefusal });
    expect(await stored()).toEqual(before);
  });

  test('an independent report’s sentence is accepted, also beside a dependent one; other labels are not checked', async () => {
    const saved = await saveVerdict({ actor: reviewer.actor, input: { claimId: claim(0), label: 'corroborated', evidence: [...supportsDw(), ...supportsForum()] } });
    expect(saved.evidence.map((link) => link.kind === 'sentence' && link.outlet)).toEqual(['DW (Deutsche Welle)', 'Indo-Pacific Defense FORUM']);
    const singleSource = await saveVerdict({ actor: reviewer.actor, input: { claimId: claim(1), label: 'single_source', evidence: supportsDw() } });
    expect(singleSource.label).toBe('single_source');
  });

  test('a sentence contradicting the claim never counts as support', async () => {
    const error = await saveVerdict({
      actor: reviewer.actor,
      input: { claimId: claim(2), label: 'corroborated', evidence: [{ sentenceId: forumSentenceId, relation: 'contradicts' }, ...supportsDw()] },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'invalid', field: 'evidence', message: dwRefusal });
  });

  test('an editor’s decision that two reports are derived wins over credit lines', async () => {
    await decideForumDerivedFromReuters();
    const error = await saveVerdict({ actor: reviewer.actor, input: { claimId: claim(2), label: 'corroborated', evidence: supportsForum() } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'invalid',
      field: 'evidence',
      message: expect.stringContaining('An editor decided Indo-Pacific Defense FORUM is derived from Reuters: Rewritten from the wire, so the Indo-Pacific Defense FORUM sentence does not count'),
    });
  });

  describe('outside pages', () => {
    const page = (url: string) => ({ claimId: claim(3), label: 'corroborated', evidence: [{ url, quote: 'The same figure', relation: 'supports' }] });

    test.each([
      // Reuters' report is known by its syndicated copy on malaysiakini.com: any page there is its own outlet.
      ['https://malaysiakini.com/world/661403', 'https://malaysiakini.com/world/661403 is on Reuters’s own site (malaysiakini.com), so it does not count'],
      ['https://www.malaysiakini.com/news/another-page', 'https://www.malaysiakini.com/news/another-page is on Reuters’s own site (malaysiakini.com), so it does not count'],
    ])('%s, on the claim’s report’s own site, is refused', async (url, reason) => {
      const before = await stored();
      await expect(saveVerdict({ actor: reviewer.actor, input: page(url) })).rejects.toMatchObject({ code: 'invalid', field: 'evidence', message: expect.stringContaining(reason) });
      expect(await stored()).toEqual(before);
    });

    test('the page of a report that is not independent of the claim’s is refused; of an independent one, or any other page, accepted', async () => {
      const forumPage = `${forumUrl}#comments`;
      expect((await saveVerdict({ actor: reviewer.actor, input: page(forumPage) })).label).toBe('corroborated');
      await decideForumDerivedFromReuters();
      await expect(saveVerdict({ actor: reviewer.actor, input: { ...page(forumPage), version: 1 } })).rejects.toMatchObject({
        code: 'invalid',
        field: 'evidence',
        message: expect.stringContaining(`${forumPage} is the page of the Indo-Pacific Defense FORUM report and An editor decided Indo-Pacific Defense FORUM is derived from Reuters`),
      });
      const elsewhere = await saveVerdict({ actor: reviewer.actor, input: { ...page('https://ipdefenseforum.com/2023/04/another-story/'), version: 1 } });
      expect(elsewhere.version).toBe(2);
    });
  });
});

describe('final verdicts follow the same rule', () => {
  test('an editor’s corroborated final verdict citing only a dependent source is refused, and nothing is stored', async () => {
    const before = await stored();
    await expect(saveFinalVerdict({ actor: editor.actor, input: { claimId: claim(4), label: 'corroborated', evidence: supportsDw() } })).rejects.toMatchObject({
      code: 'invalid',
      field: 'evidence',
      message: dwRefusal,
    });
    expect(await stored()).toEqual(before);
    expect((await saveFinalVerdict({ actor: editor.actor, input: { claimId: claim(4), label: 'corroborated', evidence: supportsForum() } })).label).toBe('corroborated');
  });

  test('accepting a corroborated majority whose support is no longer independent is refused', async () => {
    const [carol, dave] = await Promise.all([createTestUser(), createTestUser()]);
    await saveVerdict({ actor: carol.actor, input: { claimId: claim(5), label: 'corroborated', evidence: supportsForum() } });
    await saveVerdict({ actor: dave.actor, input: { claimId: claim(5), label: 'corroborated', evidence: supportsForum() } });
    await decideForumDerivedFromReuters();
    const before = await stored();
    await expect(acceptMajority({ actor: editor.actor, input: { claimId: claim(5) } })).rejects.toMatchObject({
      code: 'invalid',
      field: 'evidence',
      message: expect.stringContaining('A corroborated verdict needs a supporting source independent of Reuters: An editor decided'),
    });
    expect(await stored()).toEqual(before);
  });
});

describe('verdicts stored before the rule (or before an editor’s decision)', () => {
  test('are published by no export as a corroboration: ClaimReview leaves them out, JSON and CSV mark them', async () => {
    const final = await saveFinalVerdict({ actor: editor.actor, input: { claimId: claim(6), label: 'corroborated', evidence: supportsForum() } });
    const singleSource = await saveFinalVerdict({ actor: editor.actor, input: { claimId: claim(1), label: 'single_source', note: 'Only Reuters' } });
    const exportBody = async (format: string) => {
      const result = await exportVerdicts({ actor: editor.actor, input: { format, reportId: ids.reuters }, origin: exportOrigin, requestUrl: `${exportOrigin}/api/v1/export` });
      return new Response(result.body).text();
    };
    const reviewedClaims = async () => (JSON.parse(await exportBody('claimreview')) as { url: string }[]).map((review) => review.url.split('claim=')[1]?.split('#')[0]);
    const finalOf = async () => {
      const document = JSON.parse(await exportBody('json')) as { reports: { sentences: { claims: { id: string; finalVerdict: Record<string, unknown> | null }[] }[] }[] };
      return document.reports[0]?.sentences.flatMap((sentence) => sentence.claims).find((exported) => exported.id === final.claimId)?.finalVerdict;
    };
    expect(await reviewedClaims()).toContain(final.claimId);
    expect(await finalOf()).toMatchObject({ label: 'corroborated', independentSupport: true });

    await decideForumDerivedFromReuters();
    expect(await reviewedClaims()).not.toContain(final.claimId);
    expect(await reviewedClaims()).toContain(singleSource.claimId);
    expect(await finalOf()).toMatchObject({
      label: 'corroborated',
      independentSupport: false,
      independenceReasons: [expect.stringContaining('An editor decided Indo-Pacific Defense FORUM is derived from Reuters')],
    });
    const csv = await exportBody('csv');
    const row = csv.split('\r\n').find((line) => line.includes(final.claimId));
    expect(row).toContain('Not corroborated by an independent source: An editor decided Indo-Pacific Defense FORUM is derived from Reuters');
  });

  test('approval does not settle an agreed corroboration without independent support: it says why, and the adjudication queue lists it', async () => {
    const [erin, frank] = await Promise.all([createTestUser(), createTestUser()]);
    const agreedClaim = claim(7);
    await saveVerdict({ actor: erin.actor, input: { claimId: agreedClaim, label: 'corroborated', evidence: supportsForum() } });
    await saveVerdict({ actor: frank.actor, input: { claimId: agreedClaim, label: 'corroborated', evidence: supportsForum() } });
    await decideForumDerivedFromReuters();
    // Every other claim with verdicts gets a final one, so only the agreed corroboration is left.
    const unsettled = await db.claim.findMany({ where: { reportId: ids.reuters, id: { not: agreedClaim }, verdicts: { some: {} }, finalVerdict: null }, select: { id: true } });
    for (const { id } of unsettled) await saveFinalVerdict({ actor: editor.actor, input: { claimId: id, label: 'single_source' } });
    await changeReportStatus({ actor: editor.actor, input: { reportId: ids.reuters, status: 'in_adjudication' } });

    const before = await stored();
    const error = await changeReportStatus({ actor: editor.actor, input: { reportId: ids.reuters, status: 'approved' } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'conflict',
      field: 'status',
      message: expect.stringContaining('1 claim the reviewers agree is corroborated has no supporting source independent of the report, so approval cannot settle it'),
      details: { openClaims: [agreedClaim], unsupportedCorroborations: [{ claimId: agreedClaim, reasons: [expect.stringContaining('An editor decided')] }] },
    });
    expect(await stored()).toEqual(before);
    expect((await db.report.findUniqueOrThrow({ where: { id: ids.reuters } })).status).toBe('in_adjudication');

    const queue = await getAdjudicationQueue({ actor: editor.actor, input: { reportId: ids.reuters } });
    expect(queue.open.map((item) => item.claimId)).toEqual([agreedClaim]);
    expect(queue.open[0]?.unsupportedCorroboration).toContain('A corroborated verdict needs a supporting source independent of Reuters');

    await saveFinalVerdict({ actor: editor.actor, input: { claimId: agreedClaim, label: 'single_source', note: 'FORUM rewrote the wire' } });
    expect((await changeReportStatus({ actor: editor.actor, input: { reportId: ids.reuters, status: 'approved' } })).status).toBe('approved');
  });
});
