// npm run db:prepare - applies pending migrations to the chosen database (DATABASE_URL, or the
// embedded one in .data/) and fills it if it is empty, as `npm start` and `npm run dev` do, then exits.
import './lib/load-env-file';
import { openDatabase, prepareDatabase } from './lib/prepare-database';

async function main() {
  const database = await openDatabase();
  try {
    await prepareDatabase(database.url);
  } finally {
    await database.embedded?.stop();
  }
  // The migration engine's idle connections would hold the process open for another ten seconds.
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
