import { randomBytes } from 'node:crypto';
import { defineConfig } from '@playwright/test';

// Run through `npm run test:e2e`, which makes the database E2E_DATABASE_URL names and drops it after.
const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://localhost:${port}`;
const databaseUrl = process.env.E2E_DATABASE_URL ?? '';

export default defineConfig({
  testDir: 'tests/e2e',
  // Makes the tests' accounts and signs in those that tests open pages as (tests/e2e/support/accounts.ts).
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot reach its host here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/start.ts',
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // A server on its own PostgreSQL must be given its session secret, as in production. Imports
    // from a URL may reach 127.0.0.1, where the tests serve the pages to import (page-server.ts).
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      FACTCHECK_FETCH_ALLOWED_HOSTS: '127.0.0.1',
    },
  },
});
