// Run by e2e specs under `tsx --conditions=react-server` against the test server's database: makes
// a story holding the reports whose ids follow, and prints its id. Stories have no API of their own yet.
import { db } from '@/lib/db';

async function main(reportIds: string[]) {
  const story = await db.story.create({ data: { title: 'E2E story' }, select: { id: true } });
  await db.report.updateMany({ where: { id: { in: reportIds } }, data: { storyId: story.id } });
  process.stdout.write(story.id);
}

main(process.argv.slice(2)).finally(() => db.$disconnect());
