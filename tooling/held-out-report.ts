// The held-out report (tests/fixtures/held-out): its text, and how the fact map's proposals for its
// claims compare with the labels written for them by hand. Used by its test and bench:judgement.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StoryFacts } from '@/lib/facts/compute-story-facts';

const folder = path.join(import.meta.dirname, '../tests/fixtures/held-out');

export const heldOutReport = {
  outlet: 'Harbour Gazette',
  publishedOn: '2023-04-07',
  body: () => readFileSync(path.join(folder, 'seoul-envoys-harbour-gazette.txt'), 'utf8'),
};

type ExpectedClaim = { text: string; label: string; reason: string };

export function measureHeldOut(computed: StoryFacts, claims: { id: string; text: string }[]) {
  const expected = (JSON.parse(readFileSync(path.join(folder, 'expected-labels.json'), 'utf8')) as { claims: ExpectedClaim[] }).claims;
  const outcomes = expected.map((claim) => {
    const found = claims.find((candidate) => candidate.text === claim.text);
    if (!found) throw new Error(`The held-out report has no claim "${claim.text}"`);
    return { text: claim.text, expected: claim.label, proposed: computed.proposals.get(found.id)?.proposal?.label ?? null };
  });
  return summarize(outcomes);
}

/** How many of the claims got a proposal, and how many of those are the expected label. */
function summarize<Outcome extends { expected: string; proposed: string | null }>(outcomes: Outcome[]) {
  const proposed = outcomes.filter((outcome) => outcome.proposed !== null);
  const right = proposed.filter((outcome) => outcome.proposed === outcome.expected).length;
  return {
    claims: outcomes.length,
    proposed: proposed.length,
    correct: right,
    accuracy: proposed.length === 0 ? 0 : right / proposed.length,
    coverage: proposed.length / outcomes.length,
    differing: outcomes.filter((outcome) => outcome.proposed !== outcome.expected),
  };
}

type ExpectedStoryClaim = ExpectedClaim & { report: string };
type HeldOutStoryFile = { about: string; reports: { file: string; outlet: string }[]; claims: ExpectedStoryClaim[] };

const independenceFolder = path.join(import.meta.dirname, '../tests/fixtures/independence');

/**
 * A story of another event, never used to choose a cut-off: three independent reports of one
 * boil-water notice (tests/fixtures/independence), with the labels written for their claims by
 * hand in tests/fixtures/held-out/boil-water-expected-labels.json.
 */
export function heldOutStory() {
  const file = JSON.parse(readFileSync(path.join(folder, 'boil-water-expected-labels.json'), 'utf8')) as HeldOutStoryFile;
  return {
    title: 'Harbor City boil-water notice',
    reports: file.reports.map((report) => ({ ...report, body: readFileSync(path.join(independenceFolder, report.file), 'utf8') })),
    /** Compares the proposals with the expected labels; `claimsOf` gives each report file's default claims. */
    measure(computed: StoryFacts, claimsOf: (file: string) => { id: string; text: string }[]) {
      const outcomes = file.claims.map((claim) => {
        const found = claimsOf(claim.report).find((candidate) => candidate.text === claim.text);
        if (!found) throw new Error(`${claim.report} has no claim "${claim.text}"`);
        return { report: claim.report, text: claim.text, expected: claim.label, proposed: computed.proposals.get(found.id)?.proposal?.label ?? null };
      });
      return summarize(outcomes);
    },
  };
}
