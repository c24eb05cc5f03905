import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { createDatabase, dropDatabasesStartingWith, testServerUrl, uniqueDatabaseName } from '../../tooling/test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    runPrefix: string;
    templateDatabase: string;
  }
}

type Run = { serverUrl: string; runPrefix: string; templateDatabase: string; ready: Promise<void>; projects: number };

// One migrated template per run, shared by the projects that use this setup (integration and
// faults): they start together in this one process, and Prisma's schema engine (WebAssembly)
// cannot run two migrations at once. The last project to finish drops the run's databases.
const shared = globalThis as unknown as { factcheckTestRun?: Run };

function startRun(): Run {
  const serverUrl = testServerUrl();
  const runPrefix = uniqueDatabaseName('factcheck_test');
  const templateDatabase = `${runPrefix}_template`;
  const ready = createDatabase(serverUrl, templateDatabase).then(async (url) => {
    await applyMigrations(url);
  });
  return { serverUrl, runPrefix, templateDatabase, ready, projects: 0 };
}

// Each test file gets its own copy of the template (CREATE DATABASE … TEMPLATE).
export default async function setup(project: TestProject) {
  const run = (shared.factcheckTestRun ??= startRun());
  run.projects += 1;
  await run.ready;
  project.provide('serverUrl', run.serverUrl);
  project.provide('runPrefix', run.runPrefix);
  project.provide('templateDatabase', run.templateDatabase);
  return async () => {
    run.projects -= 1;
    if (run.projects > 0) return;
    shared.factcheckTestRun = undefined;
    await dropDatabasesStartingWith(run.serverUrl, run.runPrefix);
  };
}
