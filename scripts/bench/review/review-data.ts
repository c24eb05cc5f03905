// Fills the scratch database through the service layer: the seed (the three shipped reports), one
// reviewer, one editor (for the round's actions), and the generated reports, imported as an editor
// would import them (or, when the import runs out of time, stored by the same storeReport in a
// longer transaction).
import { generatedReportBody } from './generated-report';

export type BenchReport = { label: string; id: string; bodySentences: number };
type Account = { email: string; password: string; name: string };
export type ReviewData = { reviewer: Account; editor: Account; generated: BenchReport[]; shipped: BenchReport[] };

const shippedOutlets = ['Reuters', 'DW (Deutsche Welle)', 'Indo-Pacific Defense FORUM'];

/** Needs DATABASE_URL set to the migrated scratch database before it is called. */
export async function createReviewData(sizes: number[], withShipped: boolean): Promise<ReviewData> {
  const { db } = await import('@/lib/db');
  const { cliActor } = await import('@/lib/actor');
  const { generatePassword } = await import('@/lib/auth/password');
  const { createUser } = await import('@/lib/users/create-user');
  const { importReport } = await import('@/lib/reports/import-report');
  const { seedDatabase } = await import('@/lib/seed/seed-database');
  const { storeReport } = await import('@/lib/reports/store-report');
  const { Prisma } = await import('@/lib/generated/prisma/client');
  try {
    await seedDatabase();
    const reviewer = { email: 'bench-reviewer@newsroom.test', password: generatePassword(), name: 'Bench Reviewer' };
    await createUser({ actor: cliActor, input: { ...reviewer, role: 'reviewer' } });
    const editor = { email: 'bench-editor@newsroom.test', password: generatePassword(), name: 'Bench Editor' };
    await createUser({ actor: cliActor, input: { ...editor, role: 'editor' } });
    const countBody = (reportId: string) => db.sentence.count({ where: { reportId, kind: 'body' } });
    const generated: BenchReport[] = [];
    for (const size of sizes) {
      const started = performance.now();
      const input = { outlet: 'Bench Wire', title: `Generated report of ${size.toLocaleString('en')} sentences`, body: generatedReportBody(size) };
      const { id } = await importReport({ actor: cliActor, input }).catch(async (error: unknown) => {
        // importReport's transaction has Prisma's default 5 s; a report of 10,000 sentences takes longer here.
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2028')) throw error;
        console.log(`  importReport ran out of its transaction's time (${error.message.trim().split('\n').at(-1)}): storing it through storeReport, in a transaction of 5 minutes`);
        return db.$transaction((tx) => storeReport(tx, cliActor, { ...input, url: null, publishedOn: null, creditsInText: [], notes: null }), { timeout: 300_000 });
      });
      generated.push({ label: size.toLocaleString('en'), id, bodySentences: await countBody(id) });
      console.log(`Imported the report of ${size.toLocaleString('en')} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const shipped: BenchReport[] = [];
    for (const outlet of withShipped ? shippedOutlets : []) {
      const { id } = await db.report.findFirstOrThrow({ where: { outlet }, select: { id: true } });
      shipped.push({ label: outlet, id, bodySentences: await countBody(id) });
    }
    return { reviewer, editor, generated, shipped };
  } finally {
    await db.$disconnect();
  }
}
