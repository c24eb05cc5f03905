import { beforeAll, expect, test } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { db } from '@/lib/db';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';
import { getReport } from '@/lib/reports/get-report';
import { reviseReport } from '@/lib/reports/revise-report';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestUser } from '../../support/factories';

const reworded = 'Japan on Friday announced a two-year extension of its trade ban on North Korea, with exemptions for humanitarian reasons.';
const rewordedTo = 'Japan on Friday announced a two-year extension of its trade embargo on North Korea, with some exemptions for humanitarian reasons.';
const deleted = 'Tensions on the Korean Peninsula are running high.';
const inserted = 'The envoys plan to meet again in Tokyo.';

let reportId: string;

beforeAll(async () => {
  await seedDatabase();
  reportId = (await db.report.findUniqueOrThrow({ where: { slug: 'reuters' } })).id;
});

async function sentenceWith(text: string) {
  return db.sentence.findFirstOrThrow({ where: { reportId, text: { startsWith: text } } });
}

async function claimOn(text: string, part: string, actor: Parameters<typeof createClaim>[0]['actor']) {
  const sentence = await sentenceWith(text);
  const start = sentence.text.indexOf(part);
  return createClaim({ actor, input: { sentenceId: sentence.id, start, end: start + part.length } });
}

test('a corrected re-import re-attaches every sentence and claim it can, orphans the rest, and deletes nothing', async () => {
  const editor = await createTestUser({ role: 'editor' });
  const reviewer = await createTestUser({ role: 'reviewer' });
  const original = await db.report.findUniqueOrThrow({ where: { id: reportId } });
  const sentencesBefore = await db.sentence.count({ where: { reportId } });

  const unchangedClaim = await claimOn('Kim Gunn, South Korea', 'nothing more than a self-destructive boomerang', reviewer.actor);
  const rewordedClaim = await claimOn('Japan on Friday', 'two-year extension of its trade ban on North Korea', reviewer.actor);
  const deletedClaim = await claimOn(deleted, 'running high', reviewer.actor);
  const credit = await sentenceWith('- Reuters');
  await changeSentenceKind({ actor: reviewer.actor, input: { sentenceId: credit.id, kind: 'body' } });

  const correctedBody = original.body
    .replace(`${deleted} `, '')
    .replace(reworded, rewordedTo)
    .replace('- Reuters', `${inserted}\n- Reuters`);
  const summary = await reviseReport({ actor: editor.actor, input: { reportId, body: correctedBody } });

  expect(summary.revision).toBe(2);
  expect(summary.sentences).toEqual({ exact: 13, fuzzy: 1, orphaned: [expect.any(String)], added: 1 });
  // Every body sentence also has its whole-sentence claim: 13 move exactly, 1 with the reworded sentence.
  const deletedDefault = await db.claim.findFirstOrThrow({ where: { sentence: { text: deleted, reportId }, isDefault: true } });
  expect(summary.claims).toEqual({ exact: 14, fuzzy: 2, orphaned: expect.arrayContaining([deletedClaim.id, deletedDefault.id]) });
  expect(summary.claims.orphaned).toHaveLength(2);

  const report = await getReport({ actor: editor.actor, input: { reportId } });
  expect(report.revision).toBe(2);
  expect(report.sentences.map((sentence) => sentence.index)).toEqual(report.sentences.map((_, index) => index));
  const body = (await db.report.findUniqueOrThrow({ where: { id: reportId } })).body;
  expect(body).toBe(correctedBody);
  for (const sentence of report.sentences) expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
  expect(report.sentences.find((sentence) => sentence.text === rewordedTo)).toMatchObject({ reattachedBy: 'fuzzy' });
  expect(report.sentences.find((sentence) => sentence.text === inserted)).toMatchObject({ kind: 'body', reattachedBy: null });
  expect(report.sentences.find((sentence) => sentence.id === credit.id)).toMatchObject({ kind: 'body', detectedKind: 'credit', reattachedBy: 'exact' });

  for (const claim of await db.claim.findMany({ where: { id: { in: [unchangedClaim.id, rewordedClaim.id] } } })) {
    expect(claim.orphanedAt).toBeNull();
    expect(claim.revision).toBe(2);
    expect(body.slice(claim.start, claim.end)).toBe(claim.text);
    expect(body.slice(0, claim.start).endsWith(claim.prefix)).toBe(true);
  }
  expect((await db.claim.findUniqueOrThrow({ where: { id: rewordedClaim.id } })).text).toBe('two-year extension of its trade embargo on North Korea');

  expect(report.orphans?.sentences).toMatchObject([{ text: deleted, revision: 1 }]);
  expect(report.orphans?.claims).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: deletedClaim.id, text: 'running high', revision: 1 }),
      expect.objectContaining({ id: deletedDefault.id, text: deleted, revision: 1 }),
    ]),
  );
  const rewordedDefault = await db.claim.findFirstOrThrow({ where: { sentence: { text: rewordedTo, reportId }, isDefault: true } });
  expect(body.slice(rewordedDefault.start, rewordedDefault.end)).toBe(rewordedTo);
  const orphanedSentence = report.orphans?.sentences[0];
  const revision1 = await db.reportRevision.findUniqueOrThrow({ where: { reportId_number: { reportId, number: 1 } } });
  expect(revision1.body).toBe(original.body);
  const stored = await db.sentence.findUniqueOrThrow({ where: { id: orphanedSentence?.id } });
  expect(revision1.body.slice(stored.start, stored.end)).toBe(deleted);
  expect(await db.sentence.count({ where: { reportId } })).toBe(sentencesBefore + 1);
  expect(await db.auditEvent.count({ where: { entityId: reportId, action: 'report.revised' } })).toBe(1);
});

test('re-importing the same text, or by a reviewer, changes nothing', async () => {
  const editor = await createTestUser({ role: 'editor' });
  const reviewer = await createTestUser({ role: 'reviewer' });
  const { body, revision } = await db.report.findUniqueOrThrow({ where: { id: reportId } });
  await expect(reviseReport({ actor: editor.actor, input: { reportId, body } })).rejects.toMatchObject({ code: 'conflict', field: 'body' });
  await expect(reviseReport({ actor: reviewer.actor, input: { reportId, body: `${body} More.` } })).rejects.toMatchObject({ code: 'forbidden' });
  await expect(reviseReport({ actor: editor.actor, input: { reportId: '00000000-0000-4000-8000-000000000000', body } })).rejects.toMatchObject({
    code: 'not_found',
    field: 'reportId',
  });
  expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).revision).toBe(revision);
});

test('a sentence kind change is audited, and unknown kinds are refused naming the field', async () => {
  const reviewer = await createTestUser({ role: 'reviewer' });
  const sentence = await sentenceWith('Crypto currency funds');
  await changeSentenceKind({ actor: reviewer.actor, input: { sentenceId: sentence.id, kind: 'caption' } });
  const event = await db.auditEvent.findFirstOrThrow({ where: { sentenceId: sentence.id, action: 'sentence.kind_changed' } });
  expect(event).toMatchObject({ actorId: reviewer.id, reportId, before: { kind: 'body' }, after: { kind: 'caption' } });
  await expect(changeSentenceKind({ actor: reviewer.actor, input: { sentenceId: sentence.id, kind: 'opinion' } })).rejects.toMatchObject({
    code: 'invalid',
    field: 'kind',
  });
});
