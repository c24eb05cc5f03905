import { beforeAll, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { computeStoryFacts } from '@/lib/facts/compute-story-facts';
import { seedDatabase } from '@/lib/seed/seed-database';
import { measureJudgement } from '../../../tooling/judgement-score';

beforeAll(async () => {
  await seedDatabase();
});

// The shipped story against the hand-written expectations (tests/fixtures/judgement). The figures
// and how they were chosen are in BENCHMARKS.md (npm run bench:judgement).
test('proposed labels on the shipped story are right at least 9 times in 10, for most claims', async () => {
  // The seed puts the shipped reports in their story.
  const reports = await db.report.findMany({ where: { story: { isNot: null } }, select: { id: true, slug: true, outlet: true } });
  expect(reports).toHaveLength(3);
  const figures = measureJudgement(await computeStoryFacts(db, reports), new Map(reports.map((report) => [report.id, report.slug])));
  console.log(
    `proposals: accuracy ${figures.proposals.accuracy.toFixed(2)}, coverage ${figures.proposals.coverage.toFixed(2)}; ` +
      `fact pairs: precision ${figures.factPairs.precision.toFixed(2)}, recall ${figures.factPairs.recall.toFixed(2)}, F1 ${figures.factPairs.f1.toFixed(2)}`,
  );
  expect(figures.proposals.accuracy).toBeGreaterThanOrEqual(0.9);
  expect(figures.proposals.coverage).toBeGreaterThanOrEqual(0.55);
  // A floor against regressions at what the grouping reaches (0.72), short of the 0.85 target:
  // BENCHMARKS.md (Fact map) says why.
  expect(figures.factPairs.f1).toBeGreaterThanOrEqual(0.68);
  expect(figures.factPairs.precision).toBeGreaterThanOrEqual(0.78);
});
