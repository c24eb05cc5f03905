// Run by e2e specs under `tsx --conditions=react-server` against the test server's database: takes
// the reports whose ids follow out of their story, so that specs after leave them as they were.
import { db } from '@/lib/db';

async function main(reportIds: string[]) {
  await db.report.updateMany({ where: { id: { in: reportIds } }, data: { storyId: null } });
}

main(process.argv.slice(2)).finally(() => db.$disconnect());
