// npm run bench:suggestions - times evidence suggestions with 40,000 sentences loaded: makes a
// scratch database on the local Postgres server (or DATABASE_URL's), seeds the three reports,
// generates 1,000 more reports of 40 sentences from their vocabulary, then asks for suggestions
// for 300 claims. Prints p50/p95/max and a final JSON line. The scratch database is dropped after.
// Before and after the load, it measures how well a suggestion's score tells same-fact sentences
// (tests/fixtures/judgement) from others, the figures the label cut-off is chosen from.
import '../../lib/load-env-file';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from '../../../tooling/test-database';
import { percentile } from '../statistics';
import { printCutOffs } from './label-cut-off';

const generatedReports = 1_000;
const sentencesPerReport = 40;
const timedClaims = 300;

function randomGenerator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function main() {
  const serverUrl = testServerUrl();
  const name = uniqueDatabaseName('factcheck_bench');
  const url = await createDatabase(serverUrl, name);
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const { db } = await import('@/lib/db');
    const { seedDatabase } = await import('@/lib/seed/seed-database');
    const { storeReport } = await import('@/lib/reports/store-report');
    const { seedActor } = await import('@/lib/actor');
    const { suggestEvidence, strongMatchScore } = await import('@/lib/review/suggest-evidence');
    await seedDatabase();
    const actor = { kind: 'system' as const, name: 'cli' as const };
    await printCutOffs(db, (claimId, limit) => suggestEvidence({ actor, input: { claimId, limit } }), { setting: 'the three shipped reports alone', shipped: strongMatchScore });

    // Words of the real reports, drawn with a skew (a few common, most rare, as in any archive),
    // plus a few made-up topic words per generated report, as every story has names of its own.
    const vocabulary = (await db.sentence.findMany({ where: { kind: 'body' }, select: { text: true } }))
      .flatMap((sentence) => sentence.text.split(/\s+/))
      .map((word) => word.replace(/[^\p{L}\d$€-]/gu, ''))
      .filter((word) => word.length > 1);
    const random = randomGenerator(42);
    const pick = () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)] ?? 'report';
    const madeUpWord = () => Array.from({ length: 7 }, () => 'bcdfghjklmnprstvz'[Math.floor(random() * 17)]).join('');
    const sentence = (topic: string[], index: number) => {
      const words = Array.from({ length: 12 + Math.floor(random() * 18) }, () => (random() < 0.15 ? (topic[Math.floor(random() * topic.length)] ?? 'x') : pick()));
      const text = words.join(' ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)} number ${index}.`;
    };

    const started = performance.now();
    for (let first = 0; first < generatedReports; first += 50) {
      await db.$transaction(
        async (tx) => {
          for (let report = first; report < Math.min(first + 50, generatedReports); report += 1) {
            const topic = Array.from({ length: 5 }, madeUpWord);
            const body = Array.from({ length: sentencesPerReport }, (_, index) => sentence(topic, index)).join(' ') + ` Report ${report}.`;
            await storeReport(tx, seedActor, { outlet: `Outlet ${report % 40}`, title: null, url: null, publishedOn: null, creditsInText: [], notes: null, body });
          }
        },
        { timeout: 120_000 },
      );
    }
    const loadSeconds = (performance.now() - started) / 1000;
    const sentences = await db.sentence.count({ where: { kind: 'body' } });
    await db.$executeRawUnsafe('ANALYZE');

    const claims = await db.claim.findMany({ where: { isDefault: true }, select: { id: true } });
    const sample = Array.from({ length: timedClaims }, () => claims[Math.floor(random() * claims.length)]?.id ?? '');
    // The seed puts the three reports in their story: first without it, as an archive of loose reports.
    const shippedSlugs = ['reuters', 'dw', 'ipdefenseforum'];
    const seededStory = await db.report.findFirstOrThrow({ where: { slug: 'reuters' }, select: { storyId: true } });
    await db.report.updateMany({ where: { slug: { in: shippedSlugs } }, data: { storyId: null } });
    await printCutOffs(db, (claimId, limit) => suggestEvidence({ actor, input: { claimId, limit } }), { setting: `with ${sentences.toLocaleString('en')} sentences loaded, the three reports in no story`, shipped: strongMatchScore });
    // As a desk works: the three reports in their story, whose sentences are suggested first.
    const story = seededStory.storyId ? { id: seededStory.storyId } : await db.story.create({ data: { title: 'Seoul envoys' }, select: { id: true } });
    await db.report.updateMany({ where: { slug: { in: shippedSlugs } }, data: { storyId: story.id } });
    await printCutOffs(db, (claimId, limit) => suggestEvidence({ actor, input: { claimId, limit } }), { setting: `with ${sentences.toLocaleString('en')} sentences loaded, the three reports in one story`, shipped: strongMatchScore });
    for (const claimId of sample.slice(0, 20)) await suggestEvidence({ actor, input: { claimId } });
    const timings: number[] = [];
    for (const claimId of sample) {
      const before = performance.now();
      await suggestEvidence({ actor, input: { claimId } });
      timings.push(performance.now() - before);
    }
    const at = (share: number) => percentile(timings, share);
    console.log(`Loaded ${sentences.toLocaleString('en')} body sentences in ${loadSeconds.toFixed(1)} s`);
    console.log(`Suggestions for ${timedClaims} claims: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`);
    console.log(JSON.stringify({ sentences, suggestionsP50Ms: +at(0.5).toFixed(1), suggestionsP95Ms: +at(0.95).toFixed(1), suggestionsMaxMs: +at(1).toFixed(1) }));
    await db.$disconnect();
  } finally {
    if (process.env.BENCH_KEEP_DATABASE) console.log(`Kept ${url}`);
    else await dropDatabase(serverUrl, name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
