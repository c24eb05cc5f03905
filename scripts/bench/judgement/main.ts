// npm run bench:judgement - how well the fact map judges the shipped story against the hand-written
// expectations (tests/fixtures/judgement): pairwise precision and recall of the fact groups, the
// accuracy and coverage of the proposed labels, the link cut-offs chosen on two report pairs and
// scored on the third, recall@3 of evidence suggestions; then the time to compute the fact map of
// one story of 50 reports × 1,000 sentences. On a scratch database, dropped after; a JSON line last.
import '../../lib/load-env-file';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from '../../../tooling/test-database';
import { heldOutReport, heldOutStory, measureHeldOut } from '../../../tooling/held-out-report';
import { expectedJudgement, measureJudgement } from '../../../tooling/judgement-score';
import { generatedReportBody } from '../review/generated-report';
import { percentile } from '../statistics';

const storyTitle = "Seoul envoys' meeting, 7 April 2023";
const scaleReports = Number(process.argv.find((arg) => arg.startsWith('--reports='))?.split('=')[1] ?? 50);
const scaleSentences = Number(process.argv.find((arg) => arg.startsWith('--sentences='))?.split('=')[1] ?? 1000);
const runs = 3;

const round = (value: number) => Math.round(value * 1000) / 1000;

async function main() {
  const serverUrl = testServerUrl();
  const name = uniqueDatabaseName('factcheck_judgement');
  const url = await createDatabase(serverUrl, name);
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const { db } = await import('@/lib/db');
    const { seedDatabase } = await import('@/lib/seed/seed-database');
    const { computeStoryFacts } = await import('@/lib/facts/compute-story-facts');
    const { sameFactThresholds } = await import('@/lib/facts/decide-links');
    const { getStoryFacts } = await import('@/lib/facts/get-story-facts');
    const { suggestEvidence } = await import('@/lib/review/suggest-evidence');
    const { storeReport } = await import('@/lib/reports/store-report');
    const { cliActor } = await import('@/lib/actor');
    const { refreshTextReuse } = await import('@/lib/stories/text-reuse-cache');
    await seedDatabase();

    const shipped = await db.report.findMany({ select: { id: true, slug: true, outlet: true }, orderBy: { createdAt: 'asc' } });
    // The seed puts the shipped reports in their story.
    const story = await db.story.findFirstOrThrow({ where: { title: storyTitle }, select: { id: true } });
    const slugOf = new Map(shipped.map((report) => [report.id, report.slug]));

    // The shipped story with the shipped cut-offs.
    const computed = await computeStoryFacts(db, shipped);
    const figures = measureJudgement(computed, slugOf);

    // Held out: cut-offs chosen on two of the three report pairs, scored on the third.
    const slugs = shipped.map((report) => report.slug);
    const reportPairs = slugs.flatMap((a, index) => slugs.slice(index + 1).map((b) => [a, b] as const));
    const isPair = (pair: readonly [string, string]) => (a: string, b: string) => (a === pair[0] && b === pair[1]) || (a === pair[1] && b === pair[0]);
    const grid = [0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25].flatMap((linkScore) =>
      [0.25, 0.3, 0.35, 0.4].filter((sureScore) => sureScore >= linkScore).map((sureScore) => ({ ...sameFactThresholds, linkScore, sureScore, weakScore: Math.min(sameFactThresholds.weakScore, linkScore) })),
    );
    const scored = await Promise.all(grid.map(async (thresholds) => ({ thresholds, facts: await computeStoryFacts(db, shipped, { thresholds }) })));
    const heldOut = reportPairs.map((pair) => {
      const others = reportPairs.filter((other) => other !== pair);
      const onOthers = (facts: typeof computed) => measureJudgement(facts, slugOf, (a, b) => others.some((other) => isPair(other)(a, b))).factPairs.f1;
      const chosen = scored.reduce((best, entry) => (onOthers(entry.facts) > onOthers(best.facts) ? entry : best));
      const onPair = measureJudgement(chosen.facts, slugOf, isPair(pair)).factPairs;
      const shippedOnPair = measureJudgement(computed, slugOf, isPair(pair)).factPairs;
      return { heldOut: pair.join('–'), chosen: { linkScore: chosen.thresholds.linkScore, sureScore: chosen.thresholds.sureScore }, f1: round(onPair.f1), shippedF1: round(shippedOnPair.f1), expectedPairs: onPair.expected };
    });

    // Suggestions: recall@3 of the expected same-fact pairs.
    const { pairs: expectedPairs } = expectedJudgement();
    const claims = await db.claim.findMany({ where: { isDefault: true, reportId: { in: shipped.map((report) => report.id) } }, select: { id: true, sentenceId: true, text: true, reportId: true } });
    const key = (reportId: string, text: string) => `${slugOf.get(reportId)}|${text.replace(/\u00a0/g, ' ').split(/\s+/).join(' ').trim()}`;
    const sentenceOfKey = new Map(claims.map((claim) => [key(claim.reportId, claim.text), claim.sentenceId]));
    let found = 0;
    let possible = 0;
    for (const claim of claims) {
      const own = key(claim.reportId, claim.text);
      const partners = [...expectedPairs].flatMap((pair) => {
        const [a, b] = pair.split('#');
        return a === own ? [b] : b === own ? [a] : [];
      }).flatMap((partner) => sentenceOfKey.get(partner ?? '') ?? []);
      if (partners.length === 0) continue;
      const { suggestions } = await suggestEvidence({ actor: cliActor, input: { claimId: claim.id, limit: 3 } });
      const top = new Set(suggestions.map((suggestion) => suggestion.sentenceId));
      found += partners.filter((partner) => top.has(partner)).length;
      possible += Math.min(3, partners.length);
    }
    const recallAt3 = found / possible;

    // Held out: a report written after the cut-offs were chosen joins the story.
    const { importReport } = await import('@/lib/reports/import-report');
    const { id: heldOutId } = await importReport({ actor: cliActor, input: { outlet: heldOutReport.outlet, body: heldOutReport.body(), publishedOn: heldOutReport.publishedOn, storyId: story.id } });
    const withHeldOut = await computeStoryFacts(db, [...shipped, { id: heldOutId, outlet: heldOutReport.outlet }]);
    const heldOutClaims = await db.claim.findMany({ where: { reportId: heldOutId, isDefault: true }, select: { id: true, text: true } });
    const { differing, ...heldOutReportFigures } = measureHeldOut(withHeldOut, heldOutClaims);

    // Held out: a story of another event, its three reports imported into a story of their own.
    const otherStory = heldOutStory();
    const { createStory } = await import('@/lib/stories/create-story');
    const { id: otherStoryId } = await createStory({ actor: cliActor, input: { title: otherStory.title, reportIds: [] } });
    const otherIds = new Map<string, string>();
    for (const report of otherStory.reports) otherIds.set(report.file, (await importReport({ actor: cliActor, input: { outlet: report.outlet, body: report.body, storyId: otherStoryId } })).id);
    const otherReports = await db.report.findMany({ where: { storyId: otherStoryId }, select: { id: true, outlet: true } });
    const otherClaims = await db.claim.findMany({ where: { reportId: { in: [...otherIds.values()] }, isDefault: true }, select: { id: true, text: true, reportId: true } });
    const { differing: otherDiffering, ...otherStoryFigures } = otherStory.measure(await computeStoryFacts(db, otherReports), (file) => otherClaims.filter((claim) => claim.reportId === otherIds.get(file)));

    // Scale: one story of scaleReports × scaleSentences.
    const bigStory = await db.story.create({ data: { title: 'Generated story' }, select: { id: true } });
    const loadStarted = performance.now();
    for (let index = 0; index < scaleReports; index += 1) {
      const body = generatedReportBody(scaleSentences, 100 + index);
      await db.$transaction(
        async (tx) => {
          const { id } = await storeReport(tx, cliActor, { outlet: `Outlet ${index}`, title: `Generated ${index}`, url: null, publishedOn: null, creditsInText: index % 5 === 1 ? [`Outlet ${index - 1}`] : [], notes: null, body });
          await tx.report.update({ where: { id }, data: { storyId: bigStory.id }, select: { id: true } });
          await refreshTextReuse(tx, id);
        },
        { timeout: 300_000 },
      );
    }
    await db.$executeRawUnsafe('ANALYZE');
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const timings: number[] = [];
    const { computeStoryFacts: computeAgain } = await import('@/lib/facts/compute-story-facts');
    const bigReportsForCompute = await db.report.findMany({ where: { storyId: bigStory.id }, select: { id: true, outlet: true } });
    const computeTimings: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await computeAgain(db, bigReportsForCompute);
      computeTimings.push(performance.now() - started);
    }
    let bigFacts = 0;
    let statements = 0;
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const map = await getStoryFacts({ actor: cliActor, input: { storyId: bigStory.id } });
      timings.push(performance.now() - started);
      bigFacts = map.facts.length;
      statements = map.facts.reduce((sum, fact) => sum + fact.statements.length, 0);
    }
    // The fact map page's read: one page of rows under a filter, with every filter's count.
    const { getFactMap } = await import('@/lib/facts/get-fact-map');
    const pageTimings: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await getFactMap({ actor: cliActor, input: { storyId: bigStory.id, filter: 'no-verdicts', page: '2' } });
      pageTimings.push(performance.now() - started);
    }
    const scale = {
      reports: scaleReports,
      sentencesPerReport: scaleSentences,
      statements,
      facts: bigFacts,
      loadSeconds: round(loadSeconds),
      medianMs: Math.round(percentile(timings, 0.5)),
      computeMedianMs: Math.round(percentile(computeTimings, 0.5)),
      pageMedianMs: Math.round(percentile(pageTimings, 0.5)),
      runs,
    };

    console.log('\nThe shipped story against tests/fixtures/judgement');
    console.log(`  Fact groups, pairwise: precision ${figures.factPairs.precision.toFixed(2)}, recall ${figures.factPairs.recall.toFixed(2)}, F1 ${figures.factPairs.f1.toFixed(2)} (target ≥ 0.85) over ${figures.factPairs.expected} expected pairs`);
    console.log(`  Proposed labels: accuracy ${figures.proposals.accuracy.toFixed(2)} (target ≥ 0.9), ${figures.proposals.proposed} of ${figures.proposals.claims} claims have a proposal (${(figures.proposals.coverage * 100).toFixed(0)}%)`);
    for (const wrong of figures.proposals.wrong) console.log(`    wrong: ${wrong.claim} expected ${wrong.expected}, proposed ${wrong.proposed}`);
    console.log('  Link cut-offs chosen on two report pairs, fact-pair F1 on the third (shipped cut-offs in brackets):');
    for (const entry of heldOut) console.log(`    ${entry.heldOut}: chose link ${entry.chosen.linkScore}, sure ${entry.chosen.sureScore} → F1 ${entry.f1} (${entry.shippedF1}) over ${entry.expectedPairs} pairs`);
    console.log(`  Suggestions recall@3 of expected same-fact pairs: ${recallAt3.toFixed(2)} over ${possible}`);
    console.log(`  Held-out report (${heldOutReport.outlet}, tests/fixtures/held-out): ${heldOutReportFigures.correct} of ${heldOutReportFigures.proposed} proposals right, ${heldOutReportFigures.proposed} of ${heldOutReportFigures.claims} claims proposed`);
    for (const outcome of differing) console.log(`    expected ${outcome.expected}, proposed ${outcome.proposed ?? 'nothing'}: ${outcome.text}`);
    console.log(`  Held-out story of another event (${otherStory.title}, tests/fixtures/held-out): ${otherStoryFigures.correct} of ${otherStoryFigures.proposed} proposals right (target ≥ 0.9), ${otherStoryFigures.proposed} of ${otherStoryFigures.claims} claims proposed`);
    for (const outcome of otherDiffering.filter((entry) => entry.proposed !== null)) console.log(`    expected ${outcome.expected}, proposed ${outcome.proposed}: ${outcome.text}`);
    console.log(`\nFact map of ${scaleReports} reports × ${scaleSentences.toLocaleString('en')} sentences (${statements.toLocaleString('en')} statements, ${bigFacts.toLocaleString('en')} facts): computed in a median of ${scale.computeMedianMs} ms, the map read in a median of ${scale.medianMs} ms once computed, a page of the fact map page (200 rows, a filter, every filter's count) in ${scale.pageMedianMs} ms, over ${runs} runs (loaded in ${scale.loadSeconds} s)`);
    console.log(JSON.stringify({ factPairs: figures.factPairs, proposals: { ...figures.proposals, wrong: figures.proposals.wrong.length }, heldOut, recallAt3: round(recallAt3), heldOutReport: heldOutReportFigures, heldOutStory: otherStoryFigures, scale }));
    await db.$disconnect();
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
