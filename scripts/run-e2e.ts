// npm run test:e2e - runs Playwright against a production build served by `npm start`, on a
// database made for this run on the test server (DATABASE_URL's or 127.0.0.1:5432) and dropped after.
import { spawnSync } from 'node:child_process';
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from '../tooling/test-database';

async function main() {
  const serverUrl = testServerUrl();
  const name = uniqueDatabaseName('factcheck_e2e');
  const databaseUrl = await createDatabase(serverUrl, name);
  try {
    const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      // The server, the user CLI and the global setup inherit this: passwords hashed at a small scrypt cost.
      env: { ...process.env, E2E_DATABASE_URL: databaseUrl, SCRYPT_LOG2_N: '12', FACTCHECK_TEST_RUN: '1' },
    });
    process.exitCode = result.status ?? 1;
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
