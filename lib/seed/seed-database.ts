import 'server-only';
import { seedActor } from '@/lib/actor';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { runTransaction } from '@/lib/database/run-transaction';
import { db } from '@/lib/db';
import { readSeedReports, readSeedStoryTitle } from '@/lib/reports/seed-report-files';
import { segmentUnsegmentedReports } from '@/lib/reports/segment-unsegmented-reports';
import { storeReport } from '@/lib/reports/store-report';
import { storeStory } from '@/lib/stories/create-story';
import { storeUser } from '@/lib/users/store-user';

export const defaultAdminEmail = 'admin@factcheck.local';

export type SeedResult = {
  admin: { email: string; password: string } | null;
  importedReports: number;
};

// Any fixed number works: it only has to be the same for every server process seeding this database.
const seedLockKey = 7_404_2023;

/**
 * Fills an empty database: the shipped reports (unless reports were ever deleted) and their story, and one admin with a generated password that the
 * caller prints once. Runs on every start and does nothing when there is data, even when two
 * servers start together (they take turns on an advisory lock).
 */
export async function seedDatabase({ adminEmail = defaultAdminEmail } = {}): Promise<SeedResult> {
  const password = generatePassword();
  // Hashing costs a few hundred ms, so skip it on the usual start where an account exists.
  const passwordHash = (await db.user.count()) === 0 ? await hashPassword(password) : null;
  return runTransaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${seedLockKey})`;
    const result: SeedResult = { admin: null, importedReports: 0 };
    if (passwordHash && (await tx.user.count()) === 0) {
      const admin = await storeUser(tx, seedActor, { email: adminEmail, name: 'Administrator', role: 'admin', passwordHash });
      result.admin = { email: admin.email, password };
    }
    // A database whose reports were all deleted is not empty: its history says so.
    const isFresh = (await tx.report.count()) === 0 && (await tx.auditEvent.count({ where: { action: 'report.deleted' } })) === 0;
    if (isFresh) {
      const reportIds: string[] = [];
      for (const seedReport of readSeedReports()) {
        reportIds.push((await storeReport(tx, seedActor, seedReport)).id);
        result.importedReports += 1;
      }
      // They are reports of one event: one story, made with them, so never twice.
      await storeStory(tx, seedActor, { title: readSeedStoryTitle(), reportIds });
    } else if ((await tx.story.count()) === 0) {
      // A database seeded before there were stories gets the shipped reports' story, once.
      const files = readSeedReports().flatMap((report) => (report.sourceFile ? [report.sourceFile] : []));
      const shipped = await tx.report.findMany({ where: { sourceFile: { in: files }, storyId: null }, select: { id: true }, orderBy: { createdAt: 'asc' } });
      if (shipped.length > 0) await storeStory(tx, seedActor, { title: readSeedStoryTitle(), reportIds: shipped.map((report) => report.id) });
    }
    await segmentUnsegmentedReports(tx);
    return result;
  });
}
