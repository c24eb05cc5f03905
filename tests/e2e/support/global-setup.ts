// Before the browser tests, with the server up: makes their accounts in one child process (lib/
// loads only under the react-server condition, which Playwright's own process lacks), then signs
// each account with a session in once through next-auth's credentials endpoint, as the login form
// does, and saves its cookies for the `pageAs` fixture.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { request, type FullConfig } from '@playwright/test';
import { account, accountsFile, authDir, e2eAccounts, sessionFile, type SessionAccountKey } from './accounts';
import { e2ePassword } from './cli';

function createAccounts() {
  mkdirSync(authDir, { recursive: true });
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'tests/e2e/support/create-accounts.ts', accountsFile], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
  });
}

async function saveSession(baseURL: string, key: SessionAccountKey) {
  const context = await request.newContext({ baseURL });
  try {
    const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
    await context.post('/api/auth/callback/credentials', {
      headers: { origin: baseURL },
      form: { csrfToken, email: account(key).email, password: e2ePassword },
      maxRedirects: 0,
    });
    const me = await context.get('/api/v1/me');
    if (!me.ok()) throw new Error(`Signing in as the e2e account "${key}" failed: GET /api/v1/me answered ${me.status()}`);
    await context.storageState({ path: sessionFile(key) });
  } finally {
    await context.dispose();
  }
}

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts sets no baseURL');
  createAccounts();
  const withSession = Object.entries(e2eAccounts).flatMap(([key, { hasSession }]) => (hasSession ? [key as SessionAccountKey] : []));
  await Promise.all(withSession.map((key) => saveSession(baseURL, key)));
}
