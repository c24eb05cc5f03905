import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { exportVerdicts } from '@/lib/export/export-verdicts';
import { saveVerdict } from '@/lib/review/save-verdict';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestUser } from './factories';

export const exportOrigin = 'https://factcheck.newsroom.test';

/** Notes a spreadsheet would run as formulas, and markup that must stay text. */
export const hostileNotes = {
  formula: '=HYPERLINK("http://evil.test","click")',
  fullWidth: '＝1+1',
  markup: '<script>alert("x")</script> Only Reuters says so',
  minus: '-2+3',
  plus: '+cmd',
  at: '@SUM(1,2)',
};

/**
 * The seeded reports with two reviewers' verdicts on four Reuters claims (some with notes a
 * spreadsheet would run) and final verdicts on two of them and on one DW claim.
 */
export async function seedReviewedReports() {
  await seedDatabase();
  const [editor, admin, alice, bob] = await Promise.all([
    createTestUser({ role: 'editor' }),
    createTestUser({ role: 'admin' }),
    createTestUser(),
    createTestUser(),
  ]);
  const reuters = await db.report.findUniqueOrThrow({ where: { slug: 'reuters' }, select: { id: true } });
  const dw = await db.report.findUniqueOrThrow({ where: { slug: 'dw' }, select: { id: true } });
  const claimsOf = (reportId: string) => db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, take: 4, select: { id: true, text: true } });
  const [reutersClaims, dwClaims] = await Promise.all([claimsOf(reuters.id), claimsOf(dw.id)]);
  const firstBodySentence = (reportId: string) => db.sentence.findFirstOrThrow({ where: { reportId, kind: 'body' }, orderBy: { index: 'asc' }, select: { id: true, text: true } });
  const forum = await db.report.findUniqueOrThrow({ where: { slug: 'ipdefenseforum' }, select: { id: true } });
  // FORUM is independent of Reuters, so its sentence corroborates a Reuters claim (DW's would not: DW credits Reuters).
  const [dwSentence, forumSentence] = await Promise.all([firstBodySentence(dw.id), firstBodySentence(forum.id)]);
  const claim = (claims: { id: string; text: string }[], position: number) => {
    const found = claims[position];
    if (!found) throw new Error(`No claim ${position}`);
    return found;
  };
  const save = (actor: Actor, claimId: string, content: object) => saveVerdict({ actor, input: { claimId, ...content } });
  const supportsForum = [{ sentenceId: forumSentence.id, relation: 'supports' }];
  const contradictsPage = [{ url: 'https://example.test/denial', quote: hostileNotes.at, relation: 'contradicts' }];

  await save(alice.actor, claim(reutersClaims, 0).id, { label: 'corroborated', note: hostileNotes.formula, evidence: supportsForum });
  await save(bob.actor, claim(reutersClaims, 0).id, { label: 'corroborated', note: hostileNotes.fullWidth, evidence: supportsForum });
  await save(alice.actor, claim(reutersClaims, 1).id, { label: 'single_source', note: hostileNotes.markup });
  await save(bob.actor, claim(reutersClaims, 1).id, { label: 'disputed', note: hostileNotes.minus, evidence: contradictsPage });
  await save(alice.actor, claim(reutersClaims, 2).id, { label: 'single_source', note: '' });
  await save(bob.actor, claim(reutersClaims, 3).id, { label: 'single_source', note: '' });
  await saveFinalVerdict({ actor: editor.actor, input: { claimId: claim(reutersClaims, 0).id, label: 'corroborated', note: hostileNotes.plus, evidence: supportsForum } });
  await saveFinalVerdict({ actor: editor.actor, input: { claimId: claim(reutersClaims, 1).id, label: 'disputed', note: 'A denial contradicts it', evidence: contradictsPage } });
  await saveFinalVerdict({ actor: editor.actor, input: { claimId: claim(dwClaims, 0).id, label: 'single_source', note: 'Wire copy only' } });

  return { editor, admin, alice, bob, reutersId: reuters.id, dwId: dw.id, reutersClaims, dwClaims, dwSentence, forumSentence };
}

/** Runs an export as the API would and reads the whole body. */
export async function exportBody(actor: Actor, input: Record<string, string>) {
  const requestUrl = `${exportOrigin}/api/v1/export?${new URLSearchParams(input)}`;
  const exported = await exportVerdicts({ actor, input, origin: exportOrigin, requestUrl });
  const response = new Response(exported.body);
  return { ...exported, bytes: new Uint8Array(await response.arrayBuffer()) };
}

export function bodyText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
