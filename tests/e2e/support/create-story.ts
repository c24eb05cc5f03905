// Run by e2e specs under `tsx --conditions=react-server` against the test server's database: makes
// a story holding the reports whose ids follow (as the command line would: no session needed), and prints its id.
import { cliActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { createStory } from '@/lib/stories/create-story';

async function main(reportIds: string[]) {
  const story = await createStory({ actor: cliActor, input: { title: 'E2E story', reportIds } });
  process.stdout.write(story.id);
}

main(process.argv.slice(2)).finally(() => db.$disconnect());
