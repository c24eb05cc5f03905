import { beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { computeStoryFacts } from '@/lib/facts/compute-story-facts';
import { importReport } from '@/lib/reports/import-report';
import { createStory } from '@/lib/stories/create-story';
import { loadIndependence } from '@/lib/stories/load-independence';
import { heldOutStory } from '../../../tooling/held-out-report';

// A story of another event than the shipped one (a boil-water notice, three independent reports),
// never used to choose the fact map's cut-offs or its search terms: imported as a desk would, its
// claims must get the labels the definitions give, from each other.
const story = heldOutStory();
const reportOfFile = new Map<string, string>();

beforeAll(async () => {
  const { id: storyId } = await createStory({ actor: cliActor, input: { title: story.title, reportIds: [] } });
  for (const report of story.reports) {
    const { id } = await importReport({ actor: cliActor, input: { outlet: report.outlet, body: report.body, storyId } });
    reportOfFile.set(report.file, id);
  }
});

test('three accounts in words of their own, quoting one statement, are independent of each other', async () => {
  const [first = '', ...others] = [...reportOfFile.values()];
  const [second = ''] = others;
  const pairs = [...(await loadIndependence(db, first, others)).values(), ...(await loadIndependence(db, second, others.slice(1))).values()];
  expect(pairs.map((pair) => pair.independent)).toEqual([true, true, true]);
});

test('the claims of a story of another event get the labels the definitions give, or none', async () => {
  const reports = await db.report.findMany({ where: { id: { in: [...reportOfFile.values()] } }, select: { id: true, outlet: true } });
  const facts = await computeStoryFacts(db, reports);
  const claims = await db.claim.findMany({ where: { reportId: { in: [...reportOfFile.values()] }, isDefault: true }, select: { id: true, text: true, reportId: true } });
  const figures = story.measure(facts, (file) => claims.filter((claim) => claim.reportId === reportOfFile.get(file)));
  console.log(`held-out story: ${figures.correct} of ${figures.proposed} proposals right, ${figures.proposed} of ${figures.claims} claims proposed`, figures.differing);
  // Floors against regressions at what the fact map reaches here (16 of 19 right, 19 of 32
  // proposed), short of the 0.9 of the issue: BENCHMARKS.md (The fact map) says where it fails.
  // Never tune on this story: it is the check on material the cut-offs were not chosen on.
  expect(figures.accuracy).toBeGreaterThanOrEqual(0.8);
  expect(figures.coverage).toBeGreaterThanOrEqual(0.55);
});
