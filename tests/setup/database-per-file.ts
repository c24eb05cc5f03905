import { afterAll, inject } from 'vitest';
import { createDatabase, dropDatabase } from '../../tooling/test-database';

// Runs before each integration test file imports anything from lib/, so lib/env and lib/db
// see this file's own database.
const serverUrl = inject('serverUrl');
const name = `${inject('runPrefix')}_${Math.random().toString(36).slice(2, 10)}`;
process.env.DATABASE_URL = await createDatabase(serverUrl, name, inject('templateDatabase'));

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await dropDatabase(serverUrl, name);
});
