import { beforeAll, expect, test } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { removeClaim } from '@/lib/claims/remove-claim';
import { db } from '@/lib/db';
import { reportResponse } from '@/lib/reports/report-response';
import { getReport } from '@/lib/reports/get-report';
import { getReviewWorkspace } from '@/lib/review/get-review-workspace';
import { saveVerdict } from '@/lib/review/save-verdict';
import { importReport } from '@/lib/reports/import-report';
import { cliActor } from '@/lib/actor';
import { completeReview } from '@/lib/workflow/complete-review';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';
import { createTestUser } from '../../support/factories';

type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let editor: TestUser;
let alice: TestUser;
let bob: TestUser;
let reportId: string;
let bobsClaimId: string;
let alicesClaimId: string;

beforeAll(async () => {
  [editor, alice, bob] = await Promise.all([createTestUser({ role: 'editor' }), createTestUser(), createTestUser()]);
  const report = await importReport({ actor: cliActor, input: { outlet: 'Blind Wire', body: 'Envoys met in Seoul on Friday. They spoke of cyber theft.' } });
  reportId = report.id;
  const sentence = await db.sentence.findFirstOrThrow({ where: { reportId, kind: 'body' }, orderBy: { index: 'asc' }, select: { id: true } });
  bobsClaimId = (await createClaim({ actor: bob.actor, input: { sentenceId: sentence.id, start: 0, end: 11 } })).id;
  alicesClaimId = (await createClaim({ actor: alice.actor, input: { sentenceId: sentence.id, start: 12, end: 22 } })).id;
  await saveVerdict({ actor: bob.actor, input: { claimId: bobsClaimId, label: 'single_source', note: 'Bob’s draft' } });
});

test('under blind review, nothing of another reviewer’s work reaches a reviewer: not their narrower claims, not their account id', async () => {
  const workspace = await getReviewWorkspace({ actor: alice.actor, input: { reportId } });
  const api = reportResponse(await getReport({ actor: alice.actor, input: { reportId } }));
  for (const payload of [JSON.stringify(workspace), JSON.stringify(api)]) {
    expect(payload).not.toContain(bobsClaimId);
    expect(payload).not.toContain(bob.id);
    expect(payload).not.toContain('Bob’s draft');
    expect(payload).toContain(alicesClaimId);
  }
  const claims = workspace.sentences.flatMap((sentence) => sentence.claims);
  expect(claims.find((claim) => claim.id === alicesClaimId)).toMatchObject({ isOwn: true });
  expect(claims.filter((claim) => claim.isDefault).every((claim) => !claim.isOwn)).toBe(true);
});

test('editors see every reviewer’s claims, still without account ids; a reviewer sees them once their review is complete', async () => {
  const forEditor = await getReviewWorkspace({ actor: editor.actor, input: { reportId } });
  expect(JSON.stringify(forEditor)).toContain(bobsClaimId);
  expect(JSON.stringify(forEditor.sentences)).not.toContain(bob.id);

  await completeReview({ actor: alice.actor, input: { reportId } });
  const afterCompleting = await getReviewWorkspace({ actor: alice.actor, input: { reportId } });
  const claims = afterCompleting.sentences.flatMap((sentence) => sentence.claims);
  expect(claims.find((claim) => claim.id === bobsClaimId)).toMatchObject({ isOwn: false });
});

test('removing one’s own claim that others labelled does not tell a blind reviewer so: it leaves their view and stays for the others', async () => {
  const carol = await createTestUser();
  const report = await importReport({ actor: cliActor, input: { outlet: 'Blind Wire', body: 'The talks ran late into the night. Nobody spoke to the press.' } });
  const sentence = await db.sentence.findFirstOrThrow({ where: { reportId: report.id, kind: 'body' }, orderBy: { index: 'asc' }, select: { id: true } });
  const claimId = (await createClaim({ actor: carol.actor, input: { sentenceId: sentence.id, start: 0, end: 9 } })).id;
  // An editor sees every claim and may label it like any reviewer.
  await saveVerdict({ actor: editor.actor, input: { claimId, label: 'single_source', note: 'Only this report' } });

  await expect(removeClaim({ actor: carol.actor, input: { claimId } })).resolves.toEqual({ id: claimId });
  const carolsView = await getReviewWorkspace({ actor: carol.actor, input: { reportId: report.id } });
  expect(JSON.stringify(carolsView)).not.toContain(claimId);
  const editorsView = await getReviewWorkspace({ actor: editor.actor, input: { reportId: report.id } });
  expect(editorsView.sentences.flatMap((sentence) => sentence.claims).map((claim) => claim.id)).toContain(claimId);
  expect(editorsView.verdicts[claimId]).toMatchObject({ label: 'single_source' });
  expect(await db.auditEvent.findMany({ where: { entityId: claimId, action: { in: ['claim.removed', 'claim.handed_over'] } }, select: { action: true, actorId: true } })).toEqual([
    { action: 'claim.handed_over', actorId: carol.id },
  ]);
  // Nobody owns it now, so nobody can remove it.
  await expect(removeClaim({ actor: carol.actor, input: { claimId } })).rejects.toMatchObject({ code: 'forbidden' });
});

test('without blind review the author sees the others’ verdicts anyway, and is told why the claim stays', async () => {
  const dave = await createTestUser();
  const report = await importReport({ actor: cliActor, input: { outlet: 'Open Wire', body: 'The envoys shook hands. They posed for photographs.' } });
  await updateReviewSettings({ actor: editor.actor, input: { reportId: report.id, blindReview: false } });
  const sentence = await db.sentence.findFirstOrThrow({ where: { reportId: report.id, kind: 'body' }, orderBy: { index: 'asc' }, select: { id: true } });
  const claimId = (await createClaim({ actor: dave.actor, input: { sentenceId: sentence.id, start: 0, end: 10 } })).id;
  await saveVerdict({ actor: bob.actor, input: { claimId, label: 'single_source', note: '' } });
  await expect(removeClaim({ actor: dave.actor, input: { claimId } })).rejects.toMatchObject({ code: 'conflict', field: 'claimId' });
});
