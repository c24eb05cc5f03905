import { beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { computeStoryFacts } from '@/lib/facts/compute-story-facts';
import { importReport } from '@/lib/reports/import-report';
import { seedDatabase } from '@/lib/seed/seed-database';
import { loadIndependence } from '@/lib/stories/load-independence';
import { refreshTextReuse } from '@/lib/stories/text-reuse-cache';
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
  const storyId = shipped.find((report) => report.storyId)?.storyId ?? (await db.story.create({ data: { title: 'Seoul envoys' }, select: { id: true } })).id;
  await db.report.updateMany({ where: { id: { in: shippedIds } }, data: { storyId } });
  const { id } = await importReport({ actor: cliActor, input: { outlet: heldOutReport.outlet, body: heldOutReport.body(), publishedOn: heldOutReport.publishedOn } });
  heldOutId = id;
  await runTransaction(async (tx) => {
    await tx.report.update({ where: { id }, data: { storyId }, select: { id: true } });
    await refreshTextReuse(tx, id);
  });
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
