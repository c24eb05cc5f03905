import { expect, test, type Browser, type Page } from '@playwright/test';
import { readPermissionMatrix, type Caller, type Outcome } from '../../support/permission-matrix';
import { e2ePassword, runUserCli, uniqueEmail } from '../support/cli';
import { userWithToken } from '../support/api';
import { signInAs } from '../support/sign-in';

// The Pages table of docs/permissions.md, visited in the browser by each kind of caller.
const pageRows = readPermissionMatrix().filter((row) => row.section === 'Pages');

async function pageFor(browser: Browser, caller: Caller): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (caller === 'anonymous') return page;
  const role = caller === 'deactivated' ? 'editor' : caller;
  const email = uniqueEmail(caller);
  runUserCli(['create', '--email', email, '--name', `Matrix ${caller}`, '--role', role]);
  await signInAs(page, email, e2ePassword);
  if (caller === 'deactivated') runUserCli(['deactivate', '--email', email]);
  return page;
}

async function outcomeOf(page: Page, path: string): Promise<Outcome> {
  const response = await page.goto(path);
  const reached = new URL(page.url()).pathname;
  if (reached === '/login' && path !== '/login') return 'login';
  if (path === '/login' && reached === '/') return 'home';
  if (response?.status() === 404) return '404';
  if (response?.status() === 200 && reached === path) return 'ok';
  return `${response?.status()} at ${reached}` as Outcome;
}

test('every page answers each kind of caller as docs/permissions.md says', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const admin = userWithToken('admin');
  const reports = (await (await request.get('/api/v1/reports', { headers: admin.headers })).json()) as { items: { id: string }[] };
  const me = (await (await request.get('/api/v1/me', { headers: admin.headers })).json()) as { id: string };
  const params: Record<string, string> = { reportId: reports.items[0]?.id ?? '', userId: me.id };
  const callers: Caller[] = ['anonymous', 'deactivated', 'reviewer', 'editor', 'admin'];

  const mismatches: string[] = [];
  for (const caller of callers) {
    const page = await pageFor(browser, caller);
    for (const row of pageRows) {
      const path = row.name.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? '');
      const outcome = await outcomeOf(page, path);
      if (outcome !== row.expected[caller]) mismatches.push(`${caller} ${row.name}: ${outcome}, expected ${row.expected[caller]}`);
    }
    await page.context().close();
  }
  expect(mismatches).toEqual([]);
});
