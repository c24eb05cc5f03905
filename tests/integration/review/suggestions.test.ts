import { randomUUID } from 'node:crypto';
import { beforeAll, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { getClaimProposal } from '@/lib/review/claim-proposal';
import { saveVerdict } from '@/lib/review/save-verdict';
import { strongMatchScore, suggestEvidence } from '@/lib/review/suggest-evidence';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createReviewTeam, type TestUser } from '../../support/review-team';

let editor: TestUser;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  await seedDatabase();
  ({ editor, alice, bob } = await createReviewTeam());
  // The shipped reports as the desk has them: one story.
  const story = await db.story.create({ data: { title: 'Seoul envoys’ meeting, 7 April 2023' }, select: { id: true } });
  await db.report.updateMany({ where: { slug: { in: ['reuters', 'dw', 'ipdefenseforum'] } }, data: { storyId: story.id } });
});

async function shippedClaim(slug: string, opening: string) {
  const sentence = await db.sentence.findFirstOrThrow({
    where: { report: { slug }, kind: 'body', text: { startsWith: opening } },
    select: { text: true, claims: { where: { isDefault: true }, select: { id: true } } },
  });
  return { text: sentence.text, claimId: sentence.claims[0]?.id ?? '' };
}

test('shared terms are the words of the two sentences, not the stems of the index', async () => {
  const claim = await shippedClaim('ipdefenseforum', 'South Korea’s spy agency said in December 2022');
  const { suggestions } = await suggestEvidence({ actor: alice.actor, input: { claimId: claim.claimId } });
  const dw = suggestions.find((suggestion) => suggestion.outlet === 'DW (Deutsche Welle)' && suggestion.text.includes('$1.2 billion'));
  // A name of several words is one term of the index, shown as its words.
  expect(dw?.sharedTerms).toEqual(expect.arrayContaining(['agency', 'December', 'South Korea']));
  for (const suggestion of suggestions) {
    expect(suggestion.sharedTerms).not.toContain('agenc');
    expect(suggestion.sharedTerms).not.toContain('decemb');
    // Each term is worded by the claim (before " / ") and, where they differ, by the other sentence.
    for (const term of suggestion.sharedTerms) {
      const [mine = '', theirs] = term.split(' / ');
      for (const word of mine.split(', ')) expect(claim.text.toLowerCase()).toContain(word.toLowerCase());
      for (const word of theirs?.split(', ') ?? []) expect(suggestion.text.toLowerCase()).toContain(word.toLowerCase());
    }
  }
});

test('a label is suggested only for a strong match; a weak one says so instead', async () => {
  const claims = await db.claim.findMany({ where: { isDefault: true, report: { slug: 'reuters' } }, select: { id: true }, take: 14 });
  const all = (await Promise.all(claims.map((claim) => suggestEvidence({ actor: alice.actor, input: { claimId: claim.id } })))).flatMap((result) => result.suggestions);
  const weak = all.filter((suggestion) => suggestion.score < strongMatchScore);
  const strong = all.filter((suggestion) => suggestion.score >= strongMatchScore);
  expect(weak.length).toBeGreaterThan(0);
  expect(strong.length).toBeGreaterThan(0);
  for (const suggestion of weak) expect(suggestion).toMatchObject({ suggestedLabel: null, labelNote: 'Weak match: no label suggested' });
  for (const suggestion of strong) expect(suggestion).toMatchObject({ suggestedLabel: expect.any(String), labelNote: null });
});

test('suggestions from the claim’s own story come before a closer match from outside it', async () => {
  const marker = randomUUID().slice(0, 8);
  const story = await db.story.create({ data: { title: `Harbour fire ${marker}` }, select: { id: true } });
  const add = async (outlet: string, sentence: string, storyId: string | null) => {
    const { id } = await importReport({ actor: editor.actor, input: { outlet: `${outlet} ${marker}`, body: `${sentence}\n\nFiled as ${randomUUID().slice(0, 8)}.` } });
    if (storyId) await db.report.update({ where: { id }, data: { storyId } });
    return id;
  };
  const claimReport = await add('Harbour Wire', 'A fire destroyed three warehouses at the Quillby harbour on Sunday, firefighters said.', story.id);
  const inStory = await add('Harbour Radio', 'Firefighters worked through Sunday night at Quillby.', story.id);
  const outside = await add('Coast Daily', 'A fire destroyed three warehouses at the Quillby harbour on Sunday, the firefighters said.', null);
  const claim = await db.claim.findFirstOrThrow({ where: { reportId: claimReport, isDefault: true, text: { startsWith: 'A fire' } }, select: { id: true } });

  const { suggestions } = await suggestEvidence({ actor: alice.actor, input: { claimId: claim.id } });
  const order = suggestions.filter((suggestion) => [inStory, outside].includes(suggestion.reportId)).map((suggestion) => [suggestion.reportId, suggestion.sameStory]);
  expect(order).toEqual([
    [inStory, true],
    [outside, false],
  ]);
  const [first, second] = suggestions.filter((suggestion) => [inStory, outside].includes(suggestion.reportId));
  expect(first?.score).toBeLessThan(second?.score ?? 0);
});

test('a claim of the shipped story carries the fact map’s proposal, with its evidence sentences', async () => {
  const claim = await shippedClaim('ipdefenseforum', 'South Korea’s spy agency said in December 2022');
  const { proposal, proposalNote } = await suggestEvidence({ actor: alice.actor, input: { claimId: claim.claimId } });
  expect(proposalNote).toBeNull();
  expect(proposal?.label).toBe('corroborated');
  expect(proposal?.reasons.length).toBeGreaterThan(0);
  expect(proposal?.evidence.length).toBeGreaterThan(0);
  for (const link of proposal?.evidence ?? []) {
    const sentence = await db.sentence.findUniqueOrThrow({ where: { id: link.sentenceId }, select: { text: true, reportId: true } });
    expect(link).toMatchObject({ relation: 'supports', text: sentence.text, reportId: sentence.reportId, sentenceNumber: expect.any(Number) });
  }
  expect(await getClaimProposal({ actor: alice.actor, input: { claimId: claim.claimId } })).toEqual({ proposal, proposalNote });
});

test('a claim of a report in no story has no proposal, and is told why', async () => {
  const { id } = await importReport({ actor: editor.actor, input: { outlet: `Loner ${randomUUID().slice(0, 8)}`, body: 'Envoys met in Seoul on Friday to discuss cyber theft.' } });
  const claim = await db.claim.findFirstOrThrow({ where: { reportId: id, isDefault: true }, select: { id: true } });
  const { proposal, proposalNote } = await suggestEvidence({ actor: alice.actor, input: { claimId: claim.id } });
  expect(proposal).toBeNull();
  expect(proposalNote).toContain('in no story');
});

test('under blind review the proposal and suggestions show a reviewer nothing of another reviewer’s verdict', async () => {
  const claim = await shippedClaim('reuters', 'Amid North Korea');
  const before = await suggestEvidence({ actor: alice.actor, input: { claimId: claim.claimId } });
  const secret = `Bob’s private reading ${randomUUID()}`;
  const otherLabel = before.proposal?.label === 'disputed' ? 'single_source' : 'disputed';
  const evidence = otherLabel === 'disputed' ? [{ sentenceId: before.suggestions[0]?.sentenceId, relation: 'contradicts' }] : [];
  await saveVerdict({ actor: bob.actor, input: { claimId: claim.claimId, label: otherLabel, note: secret, evidence } });

  const after = await suggestEvidence({ actor: alice.actor, input: { claimId: claim.claimId } });
  const payload = JSON.stringify(after);
  expect(payload).not.toContain(secret);
  expect(payload).not.toContain(bob.id);
  expect(after.proposal).toEqual(before.proposal);
  expect(after.proposalNote).toEqual(before.proposalNote);
});

test('a verdict saved from an accepted proposal records the label proposed, and so does one that departs from it', async () => {
  const claim = await shippedClaim('ipdefenseforum', 'South Korea’s spy agency said in December 2022');
  const { proposal } = await getClaimProposal({ actor: alice.actor, input: { claimId: claim.claimId } });
  if (!proposal) throw new Error('expected a proposal for the spy agency claim');
  const evidence = proposal.evidence.map(({ sentenceId, relation }) => ({ sentenceId, relation }));
  await saveVerdict({ actor: alice.actor, input: { claimId: claim.claimId, label: proposal.label, note: 'as proposed', evidence, proposedLabel: proposal.label } });
  const accepted = await db.verdict.findFirstOrThrow({
    where: { claimId: claim.claimId, reviewerId: alice.id },
    select: { label: true, proposedLabel: true, evidence: { select: { sentenceId: true, relation: true } } },
  });
  expect(accepted).toMatchObject({ label: proposal.label, proposedLabel: proposal.label });
  expect(accepted.evidence).toEqual(expect.arrayContaining(evidence));

  await saveVerdict({ actor: bob.actor, input: { claimId: claim.claimId, label: 'single_source', note: 'I read it otherwise', proposedLabel: proposal.label } });
  const departed = await db.verdict.findFirstOrThrow({ where: { claimId: claim.claimId, reviewerId: bob.id }, select: { label: true, proposedLabel: true } });
  expect(departed).toEqual({ label: 'single_source', proposedLabel: proposal.label });
});
