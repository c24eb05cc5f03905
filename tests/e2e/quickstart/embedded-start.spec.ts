import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { e2ePassword, uniqueEmail } from '../support/cli';
import { startServer, type ServerProcess } from '../support/server-process';
import { expectSignedIn, signIn } from '../support/sign-in';

// The port after the suite's own server's, so that runs side by side (E2E_PORT) do not collide.
const port = Number(process.env.E2E_PORT ?? 3210) + 1;
const baseURL = `http://localhost:${port}`;

test.describe.configure({ timeout: 240_000 });

test('with no DATABASE_URL, npm start runs embedded Postgres (served to two workers), seeds once, prints the admin password once, and keeps data across restarts', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'factcheck-quickstart-'));
  // Two workers whatever the machine's cores: they share the embedded database's connections.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEXTAUTH_URL: baseURL, FACTCHECK_DATA_DIR: dataDir, FACTCHECK_WORKERS: '2' };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  delete env.AUTH_SECRET;
  const reviewerEmail = uniqueEmail('reviewer');
  const servers: ServerProcess[] = [];
  const start = async () => {
    const server = await startServer(env, baseURL);
    servers.push(server);
    return server;
  };
  try {
    const first = await start();
    const firstLog = first.output();
    expect(firstLog).toContain('Database: embedded Postgres (PGlite)');
    expect(firstLog).toMatch(/Migrations applied: \d{14}_init/);
    expect(firstLog).toContain('Seeded 3 reports');
    expect(firstLog).toContain('Workers: 2, with 8 connections each to the embedded database');
    // The port answers once the first worker listens; the line comes once both do.
    await expect.poll(() => first.output()).toContain(`Ready on http://localhost:${port} (2 worker processes)`);
    const password = /password: (\S+)/.exec(firstLog)?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await (await fetch(`${baseURL}/api/health`)).json()).toEqual({ status: 'ok', database: 'ok', migrations: 'up-to-date' });

    await signIn(page, 'admin@factcheck.local', password, baseURL);
    await expectSignedIn(page);
    await expect(page.getByRole('list', { name: 'Reports' }).getByRole('link')).toHaveCount(3);

    // The CLI reaches the embedded database through the running server.
    execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/user.ts', 'create', '--email', reviewerEmail, '--name', 'Embedded Reviewer', '--role', 'reviewer'], {
      env: { ...env, FACTCHECK_PASSWORD: e2ePassword },
    });
    await first.stop();

    const second = await start();
    const secondLog = second.output();
    expect(secondLog).toContain('Migrations: up to date');
    expect(secondLog).not.toContain('Seeded');
    expect(secondLog).not.toContain('password:');

    await page.reload();
    await expectSignedIn(page);
    await expect(page.getByRole('list', { name: 'Reports' }).getByRole('link')).toHaveCount(3);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, reviewerEmail, e2ePassword, baseURL);
    await expectSignedIn(page);
    await second.stop();
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
