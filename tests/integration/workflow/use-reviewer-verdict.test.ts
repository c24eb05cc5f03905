import { beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { getAdjudicationQueue } from '@/lib/adjudication/get-adjudication-queue';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { createTestUser } from '../../support/factories';

// "Use this verdict": an editor settles a tie by taking one reviewer's verdict (label, note and
// evidence, editable), and the final verdict records whose it took.
type TestUser = Awaited<ReturnType<typeof createTestUser>>;
let editor: TestUser;
let alice: TestUser;
let bob: TestUser;
let claimId: string;

const bobsVerdict = {
  label: 'disputed',
  note: 'The port authority says the strike began on Tuesday',
  evidence: [{ url: 'https://port.example.org/notice', quote: 'Work stopped on Tuesday morning', relation: 'contradicts' }],
};

beforeAll(async () => {
  [editor, alice, bob] = await Promise.all([createTestUser({ role: 'editor', name: 'Edith Editor' }), createTestUser({ name: 'Alice Reviewer' }), createTestUser({ name: 'Bob Reviewer' })]);
  const { id: reportId } = await importReport({ actor: cliActor, input: { outlet: 'Harbour Wire', body: 'Dockers in Portmere struck on Monday.\n\nThe port stayed closed.' } });
  for (const reviewer of [alice, bob]) await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: reviewer.id } });
  claimId = (await db.claim.findFirstOrThrow({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true } })).id;
  await saveVerdict({ actor: alice.actor, input: { claimId, label: 'single_source', note: 'Only this report says so' } });
  await saveVerdict({ actor: bob.actor, input: { claimId, ...bobsVerdict } });
});

test('a final verdict taken from a reviewer records whose it was, in the queue and in its audit event', async () => {
  const saved = await saveFinalVerdict({ actor: editor.actor, input: { claimId, ...bobsVerdict, note: `${bobsVerdict.note} (checked)`, adoptedFromReviewerId: bob.id } });
  expect(saved).toMatchObject({ label: 'disputed', basis: 'editor', adoptedFrom: { id: bob.id, name: 'Bob Reviewer' }, note: `${bobsVerdict.note} (checked)` });
  const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'final_verdict.saved', entityId: saved.id }, orderBy: { sequence: 'desc' }, select: { after: true, actorId: true } });
  expect(event).toMatchObject({ actorId: editor.id, after: { adoptedFromId: bob.id, label: 'disputed' } });

  const reportId = (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { reportId: true } })).reportId;
  const queue = await getAdjudicationQueue({ actor: editor.actor, input: { reportId } });
  expect(queue.settled.find((item) => item.claimId === claimId)?.final?.adoptedFrom).toEqual({ id: bob.id, name: 'Bob Reviewer' });

  // Saved again without taking a reviewer's verdict, it is the editor's own.
  const own = await saveFinalVerdict({ actor: editor.actor, input: { claimId, label: 'single_source', note: 'Settled by the desk', version: saved.version } });
  expect(own.adoptedFrom).toBeNull();
});

test('taking the verdict of someone who gave none is refused on adoptedFromReviewerId, and nothing changes', async () => {
  const before = await db.finalVerdict.findUnique({ where: { claimId }, select: { version: true, label: true } });
  const carol = await createTestUser({ name: 'Carol Reviewer' });
  await expect(
    saveFinalVerdict({ actor: editor.actor, input: { claimId, label: 'single_source', note: '', version: before?.version, adoptedFromReviewerId: carol.id } }),
  ).rejects.toMatchObject({ code: 'invalid', field: 'adoptedFromReviewerId' });
  await expect(saveFinalVerdict({ actor: editor.actor, input: { claimId, label: 'single_source', note: '', version: before?.version, adoptedFromReviewerId: 'bob' } })).rejects.toMatchObject({
    code: 'invalid',
    field: 'adoptedFromReviewerId',
  });
  expect(await db.finalVerdict.findUnique({ where: { claimId }, select: { version: true, label: true } })).toEqual(before);
});
