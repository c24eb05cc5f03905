import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { strongMatchScore, suggestEvidence } from '@/lib/review/suggest-evidence';
import { seedDatabase } from '@/lib/seed/seed-database';
import { cutOffFigures, scoredSuggestions } from '../../../tooling/suggestion-label-score';
import { createTestUser } from '../../support/factories';

type GoldLink = { report: string; text: string; sameFact: { report: string; text: string; relation: string }[] };
const gold = JSON.parse(readFileSync('tests/fixtures/suggestions/same-fact-links.json', 'utf8')) as { links: GoldLink[] };

beforeAll(async () => {
  await seedDatabase();
});

test('the hand-made same-fact links are found in the top 3 suggestions (recall at least 0.8)', async () => {
  const { actor } = await createTestUser();
  const sentences = await db.sentence.findMany({
    where: { orphanedAt: null, kind: 'body' },
    select: { id: true, text: true, report: { select: { slug: true } }, claims: { where: { isDefault: true }, select: { id: true } } },
  });
  const idOf = (report: string, text: string) => sentences.find((sentence) => sentence.report.slug === report && sentence.text === text);

  let found = 0;
  let possible = 0;
  const misses: string[] = [];
  for (const link of gold.links.filter((entry) => entry.sameFact.length > 0)) {
    const source = idOf(link.report, link.text);
    const claimId = source?.claims[0]?.id;
    expect(claimId, `${link.report}: ${link.text}`).toBeDefined();
    const { suggestions } = await suggestEvidence({ actor, input: { claimId, limit: 3 } });
    const top = new Set(suggestions.map((suggestion) => suggestion.sentenceId));
    const expected = link.sameFact.map((target) => idOf(target.report, target.text)?.id);
    const hits = expected.filter((id) => id && top.has(id)).length;
    found += hits;
    possible += Math.min(3, expected.length);
    if (hits < Math.min(3, expected.length)) misses.push(`${link.report}: ${link.text.slice(0, 60)}… (${hits}/${Math.min(3, expected.length)})`);
  }
  const recall = found / possible;
  console.log(`suggestion recall@3 over ${possible} expected links: ${recall.toFixed(3)}${misses.length ? `\n  short: ${misses.join('\n  short: ')}` : ''}`);
  // A floor against regressions at what the ranking reaches (0.80). BENCHMARKS.md (Evidence suggestions) shows why
  // 0.9 was not reached: no general ranking tried got past 0.82 on this list.
  expect(recall).toBeGreaterThanOrEqual(0.8);
});

test('the suggestions that carry a label state the claim’s fact (the hand-made same-fact pairs), and most of those that do carry one', async () => {
  const { actor } = await createTestUser();
  const scored = await scoredSuggestions(db, (claimId, limit) => suggestEvidence({ actor, input: { claimId, limit } }));
  const [figures] = cutOffFigures(scored, [strongMatchScore]);
  console.log(`label cut-off ${strongMatchScore}: ${figures?.labelled} of ${scored.length} top-5 suggestions labelled, precision ${figures?.precision.toFixed(2)}, recall ${figures?.recall.toFixed(2)}`);
  // Measured 1.00 and 0.34 (BENCHMARKS.md, Evidence suggestions): floors against regressions.
  expect(figures?.precision).toBeGreaterThanOrEqual(0.95);
  expect(figures?.recall).toBeGreaterThanOrEqual(0.3);
});
