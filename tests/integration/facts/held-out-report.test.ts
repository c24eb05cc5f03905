import { beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { computeStoryFacts } from '@/lib/facts/compute-story-facts';
import { importReport } from '@/lib/reports/import-report';
import { seedDatabase } from '@/lib/seed/seed-database';
import { loadIndependence } from '@/lib/stories/load-independence';
import { heldOutReport, measureHeldOut } from '../../../tooling/held-out-report';

// A report of the shipped story's event written after the fact map's cut-offs were chosen and
// never used to choose them (tests/fixtures/held-out): another outlet's account as a desk would
// import it. Its claims must get the labels the definitions give, from the other three reports.
let heldOutId: string;
let shippedIds: string[];

beforeAll(async () => {
  await seedDatabase();
  const shipped = await db.report.findMany({ select: { id: true, storyId: true } });
  shippedIds = shipped.map((report) => report.id);
  const [storyId] = [...new Set(shipped.map((report) => report.storyId))];
  if (!storyId) throw new Error('The seed puts the shipped reports in one story');
  // Imported into the story as an editor would: its text reuse is measured in the import.
  const { id } = await importReport({ actor: cliActor, input: { outlet: heldOutReport.outlet, body: heldOutReport.body(), publishedOn: heldOutReport.publishedOn, storyId } });
  heldOutId = id;
});

test('a report in words of its own is independent of the shipped three', async () => {
  const pairs = await loadIndependence(db, heldOutId, shippedIds);
  expect([...pairs.values()].map((pair) => pair.independent)).toEqual([true, true, true]);
});

test('the claims of a report imported into the story get the labels the definitions give, or none', async () => {
  const reports = await db.report.findMany({ where: { id: { in: [...shippedIds, heldOutId] } }, select: { id: true, outlet: true } });
  const facts = await computeStoryFacts(db, reports);
  const claims = await db.claim.findMany({ where: { reportId: heldOutId, isDefault: true }, select: { id: true, text: true } });
  const figures = measureHeldOut(facts, claims);
  console.log(`held-out report: ${figures.correct} of ${figures.proposed} proposals right, ${figures.proposed} of ${figures.claims} claims proposed`, figures.differing);
  expect(figures.accuracy).toBeGreaterThanOrEqual(0.9);
  expect(figures.coverage).toBeGreaterThanOrEqual(0.6);
});
