// Scores the fact map's judgement against the hand-written expectations in tests/fixtures/judgement:
// pairwise precision and recall of the fact groups, and the accuracy and coverage of the proposed labels.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StoryFacts } from '@/lib/facts/compute-story-facts';

type Statement = { report: string; text: string };
type ExpectedClaim = Statement & { label: string; reason: string };

const fixtures = path.join(import.meta.dirname, '../tests/fixtures/judgement');

function normalize(text: string): string {
  return text.replace(/\u00a0/g, ' ').split(/\s+/).join(' ').trim();
}

export function keyOf(statement: Statement): string {
  return `${statement.report}|${normalize(statement.text)}`;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}#${b}` : `${b}#${a}`;
}

export function expectedJudgement() {
  const facts = (JSON.parse(readFileSync(path.join(fixtures, 'expected-facts.json'), 'utf8')) as { facts: { statements: Statement[] }[] }).facts;
  const claims = (JSON.parse(readFileSync(path.join(fixtures, 'expected-labels.json'), 'utf8')) as { claims: ExpectedClaim[] }).claims;
  const pairs = new Set<string>();
  for (const fact of facts) {
    const keys = fact.statements.map(keyOf);
    for (const [index, a] of keys.entries()) for (const b of keys.slice(index + 1)) if (a.split('|')[0] !== b.split('|')[0]) pairs.add(pairKey(a, b));
  }
  return { pairs, claims };
}

export type JudgementFigures = {
  factPairs: { expected: number; predicted: number; correct: number; precision: number; recall: number; f1: number };
  proposals: { claims: number; proposed: number; correct: number; accuracy: number; coverage: number; wrong: { claim: string; expected: string; proposed: string }[] };
};

/**
 * Compares computed facts with the expectations; `slugOf` names each report as the fixtures do;
 * `counts` keeps only the statement pairs of some pairs of reports (for held-out figures).
 */
export function measureJudgement(computed: StoryFacts, slugOf: ReadonlyMap<string, string>, counts: (report: string, otherReport: string) => boolean = () => true): JudgementFigures {
  const expected = expectedJudgement();
  const inScope = (key: string) => {
    const [a = '', b = ''] = key.split('#').map((part) => part.split('|')[0] ?? '');
    return counts(a, b);
  };
  const statementKey = new Map(
    computed.statements.filter((statement) => statement.isDefault).map((statement) => [statement.claimId, keyOf({ report: slugOf.get(statement.reportId) ?? '', text: statement.text })]),
  );
  const predicted = new Set<string>();
  for (const fact of computed.facts) {
    const keys = fact.claimIds.flatMap((claimId) => statementKey.get(claimId) ?? []);
    for (const [index, a] of keys.entries()) for (const b of keys.slice(index + 1)) if (a.split('|')[0] !== b.split('|')[0]) predicted.add(pairKey(a, b));
  }
  const expectedPairs = [...expected.pairs].filter(inScope);
  const predictedPairs = [...predicted].filter(inScope);
  const correct = predictedPairs.filter((pair) => expected.pairs.has(pair)).length;
  const precision = predictedPairs.length === 0 ? 1 : correct / predictedPairs.length;
  const recall = expectedPairs.length === 0 ? 1 : correct / expectedPairs.length;

  const claimOf = new Map([...statementKey].map(([claimId, key]) => [key, claimId]));
  const wrong: JudgementFigures['proposals']['wrong'] = [];
  let proposed = 0;
  let right = 0;
  for (const claim of expected.claims) {
    const claimId = claimOf.get(keyOf(claim));
    const proposal = claimId ? computed.proposals.get(claimId)?.proposal : undefined;
    if (!proposal) continue;
    proposed += 1;
    if (proposal.label === claim.label) right += 1;
    else wrong.push({ claim: `${claim.report}: ${claim.text.slice(0, 70)}…`, expected: claim.label, proposed: proposal.label });
  }
  return {
    factPairs: { expected: expectedPairs.length, predicted: predictedPairs.length, correct, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    proposals: { claims: expected.claims.length, proposed, correct: right, accuracy: proposed === 0 ? 0 : right / proposed, coverage: proposed / expected.claims.length, wrong },
  };
}
