import type { Browser, Page } from '@playwright/test';
import { readPermissionMatrix, type Caller, type Outcome } from '../../support/permission-matrix';
import { account, type SessionAccountKey } from '../support/accounts';
import { createStory, runUserCli } from '../support/cli';
import { expect, test } from '../support/fixtures';

// The Pages table of docs/permissions.md, visited in the browser by each kind of caller.
const pageRows = readPermissionMatrix().filter((row) => row.section === 'Pages');

// The deactivated caller is an editor signed in before its account is deactivated.
async function pageFor(browser: Browser, pageAs: (key: SessionAccountKey) => Promise<Page>, caller: Caller): Promise<Page> {
  if (caller === 'anonymous') return (await browser.newContext()).newPage();
  if (caller !== 'deactivated') return pageAs(caller);
  const page = await pageAs('matrixDeactivated');
  runUserCli(['deactivate', '--email', account('matrixDeactivated').email]);
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

test('every page answers each kind of caller as docs/permissions.md says', async ({ browser, pageAs, request }) => {
  test.setTimeout(180_000);
  const admin = account('admin');
  const reports = (await (await request.get('/api/v1/reports', { headers: admin.headers })).json()) as { items: { id: string }[] };
  const me = (await (await request.get('/api/v1/me', { headers: admin.headers })).json()) as { id: string };
  const params: Record<string, string> = { reportId: reports.items[0]?.id ?? '', userId: me.id, storyId: createStory([]) };
  const callers: Caller[] = ['anonymous', 'deactivated', 'reviewer', 'editor', 'admin'];

  const mismatches: string[] = [];
  for (const caller of callers) {
    const page = await pageFor(browser, pageAs, caller);
    for (const row of pageRows) {
      const path = row.name.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? '');
      const outcome = await outcomeOf(page, path);
      if (outcome !== row.expected[caller]) mismatches.push(`${caller} ${row.name}: ${outcome}, expected ${row.expected[caller]}`);
    }
    await page.context().close();
  }
  expect(mismatches).toEqual([]);
});
