import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { importReport } from '@/lib/reports/import-report';
import { getReviewSentences } from '@/lib/review/get-review-sentences';
import { getReviewWorkspace } from '@/lib/review/get-review-workspace';
import { saveVerdict } from '@/lib/review/save-verdict';
import { locateClaim } from '@/lib/review/locate-claim';
import { searchReport } from '@/lib/review/search-report';
import { reviseReport } from '@/lib/reports/revise-report';
import { createTestUser } from '../../support/factories';

function longReportBody(sentences: number, marker: string) {
  const paragraphs = Array.from({ length: sentences / 5 }, (_, paragraph) =>
    Array.from({ length: 5 }, (_, offset) => `Witness ${paragraph * 5 + offset + 1} spoke at the hearing ${marker}.`).join(' '),
  );
  return paragraphs.join('\n\nmf/rs (AP, Reuters)\n\n');
}

async function longReport(sentences: number) {
  return importReport({ actor: cliActor, input: { outlet: 'Window Wire', body: longReportBody(sentences, randomUUID().slice(0, 8)) } });
}

test('the workspace sends an outline of the whole report and one window of sentences, starting near the sentence asked for', async () => {
  const reviewer = await createTestUser();
  const report = await longReport(500);
  const workspace = await getReviewWorkspace({ actor: reviewer.actor, input: { reportId: report.id, sentence: '300' } });

  expect(workspace.outline.kinds).toHaveLength(599);
  expect(workspace.outline.kinds.replaceAll('r', '')).toBe('b'.repeat(500));
  expect(workspace.progress).toEqual({ reviewed: 0, total: 500 });
  expect(workspace.sentences.length).toBeLessThanOrEqual(40);
  expect(workspace.sentences.map((sentence) => sentence.text)).toContainEqual(expect.stringContaining('Witness 300 spoke'));
  expect(JSON.stringify(workspace).length).toBeLessThan(40_000);
});

test('a reviewer’s save moves the sentence between the filters, and more sentences come by index', async () => {
  const reviewer = await createTestUser();
  const report = await longReport(100);
  const first = await getReviewWorkspace({ actor: reviewer.actor, input: { reportId: report.id } });
  const sentence = first.sentences.find((candidate) => candidate.kind === 'body');
  const claimId = sentence?.claims[0]?.id;
  await saveVerdict({ actor: reviewer.actor, input: { claimId, label: 'single_source', note: 'Only here' } });

  const unreviewed = await getReviewWorkspace({ actor: reviewer.actor, input: { reportId: report.id, filter: 'unreviewed' } });
  expect(unreviewed.outline.matching).toHaveLength(99);
  expect(unreviewed.outline.matching).not.toContain(sentence?.index);
  const labelled = await getReviewWorkspace({ actor: reviewer.actor, input: { reportId: report.id, filter: 'single_source' } });
  expect(labelled.outline.matching).toEqual([sentence?.index]);
  expect(labelled.outline.reviewed).toEqual([sentence?.index]);
  expect(labelled.progress).toEqual({ reviewed: 1, total: 100 });

  const more = await getReviewSentences({ actor: reviewer.actor, input: { reportId: report.id, indexes: [sentence?.index, 110] } });
  expect(more.sentences.map((row) => row.index)).toEqual([sentence?.index, 110]);
  expect(Object.values(more.verdicts)).toEqual([expect.objectContaining({ label: 'single_source', note: 'Only here' })]);
});

test('sentences come at most 200 at a time, and bad requests name their field', async () => {
  const reviewer = await createTestUser();
  const report = await longReport(10);
  await expect(getReviewSentences({ actor: reviewer.actor, input: { reportId: report.id, indexes: Array.from({ length: 201 }, (_, index) => index) } })).rejects.toMatchObject({
    code: 'invalid',
    field: 'indexes',
  });
  await expect(getReviewSentences({ actor: reviewer.actor, input: { reportId: 'nope', indexes: [1] } })).rejects.toMatchObject({ code: 'invalid', field: 'reportId' });
  await expect(searchReport({ actor: reviewer.actor, input: { reportId: report.id, query: ' ' } })).rejects.toMatchObject({ code: 'invalid', field: 'query' });
});

test('finding words in a report answers the indexes of the sentences that hold them, whatever the case, taking % and _ literally', async () => {
  const reviewer = await createTestUser();
  const report = await longReport(50);
  const found = await searchReport({ actor: reviewer.actor, input: { reportId: report.id, query: 'WITNESS 4 spoke' } });
  expect(found).toEqual({ indexes: [3], isTruncated: false });
  expect(await searchReport({ actor: reviewer.actor, input: { reportId: report.id, query: '%_' } })).toEqual({ indexes: [], isTruncated: false });
});

test('a link naming a claim opens on its sentence with the claim chosen, also after a corrected version moved it', async () => {
  const reviewer = await createTestUser();
  const marker = randomUUID().slice(0, 8);
  const body = longReportBody(300, marker);
  const report = await importReport({ actor: cliActor, input: { outlet: 'Window Wire', body } });
  const near = await getReviewWorkspace({ actor: reviewer.actor, input: { reportId: report.id, sentence: '242' } });
  const sentence = near.sentences.find((candidate) => candidate.text.startsWith('Witness 242 spoke'));
  const claimId = sentence?.claims[0]?.id;

  const opened = await getReviewWorkspace({ actor: reviewer.actor, input: { reportId: report.id, claim: claimId } });
  expect(opened.opening).toEqual({ index: sentence?.index, claimId });
  expect(opened.sentences.map((candidate) => candidate.index)).toContain(sentence?.index);

  await reviseReport({ actor: cliActor, input: { reportId: report.id, body: `A paragraph was added at the top ${marker}. It has two sentences.\n\n${body}` } });
  const moved = await getReviewWorkspace({ actor: reviewer.actor, input: { reportId: report.id, claim: claimId } });
  const now = moved.sentences.find((candidate) => candidate.claims.some((claim) => claim.id === claimId));
  expect(now?.text).toMatch(/^Witness 242 spoke/);
  expect(moved.opening).toEqual({ index: now?.index, claimId });
  expect(moved.opening?.index).toBe((sentence?.index ?? 0) + 2);

  // A claim of another report, or none, opens the report at its start; bad ids name their field.
  const other = await longReport(5);
  expect((await getReviewWorkspace({ actor: reviewer.actor, input: { reportId: other.id, claim: claimId } })).opening).toBeNull();
  await expect(locateClaim({ actor: reviewer.actor, input: { reportId: other.id, claimId } })).rejects.toMatchObject({ code: 'not_found', field: 'claimId' });
  await expect(locateClaim({ actor: reviewer.actor, input: { reportId: other.id, claimId: 'claim-1' } })).rejects.toMatchObject({ code: 'invalid', field: 'claimId' });
});
