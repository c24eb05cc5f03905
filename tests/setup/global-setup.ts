import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { createDatabase, dropDatabasesStartingWith, testServerUrl, uniqueDatabaseName } from '../support/test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    runPrefix: string;
    templateDatabase: string;
  }
}

// One migrated template per run; each test file gets its own copy of it (CREATE DATABASE … TEMPLATE).
export default async function setup(project: TestProject) {
  const serverUrl = testServerUrl();
  const runPrefix = uniqueDatabaseName('factcheck_test');
  const templateDatabase = `${runPrefix}_template`;
  await applyMigrations(await createDatabase(serverUrl, templateDatabase));
  project.provide('serverUrl', serverUrl);
  project.provide('runPrefix', runPrefix);
  project.provide('templateDatabase', templateDatabase);
  return async () => {
    await dropDatabasesStartingWith(serverUrl, runPrefix);
  };
}
