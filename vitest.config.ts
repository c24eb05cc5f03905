import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

// Projects whose tests start the production build as child processes (built first if needed),
// one file at a time, after the unit and integration tests.
const serverProcesses = {
  globalSetup: ['tests/setup/global-setup.ts', 'tests/setup/ensure-build.ts'],
  setupFiles: ['tests/setup/database-per-file.ts'],
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, 'tests/setup/server-only.ts') },
    ],
  },
  test: {
    // Integration files each have their own database and spend most of their time waiting on
    // Postgres and scrypt, so two at once nearly halve the run on 2 cores.
    maxWorkers: 2,
    // Password hashes at a small scrypt cost, here and in the servers the tests start (they
    // inherit this environment); the production cost would make a loaded machine time out.
    env: { SCRYPT_LOG2_N: '12', FACTCHECK_TEST_RUN: '1' },
    projects: [
      {
        extends: true,
        // lib/env needs a database URL to load; unit tests never connect to it.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env: { DATABASE_URL: 'postgresql://unit-tests@127.0.0.1/none' } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/global-setup.ts'],
          setupFiles: ['tests/setup/database-per-file.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // The built server as an outside client meets it: headers, host names, methods, the
          // listening address; each file starts servers with settings of its own.
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          ...serverProcesses,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // Crashes, outages, two servers, races: last, so timings are not crowded out.
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          ...serverProcesses,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
