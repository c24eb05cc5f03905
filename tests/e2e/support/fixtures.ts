import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { sessionFile, type SessionAccountKey } from './accounts';
import { expectSignedIn } from './sign-in';

export { expect } from '@playwright/test';

type WindowOptions = { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } };

/**
 * `pageAs(key)`: a page in a browser context of its own, holding the session the global setup
 * saved for that account, opened on the reports page. Each call is a new window; `{ javaScriptEnabled: false }` opens one without scripts,
 * `{ viewport }` one of that size (a phone's, say).
 */
export const test = base.extend<{ pageAs: (key: SessionAccountKey, options?: WindowOptions) => Promise<Page> }>({
  pageAs: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (key, { javaScriptEnabled = true, viewport } = {}) => {
      const context = await browser.newContext({ storageState: sessionFile(key), javaScriptEnabled, ...(viewport ? { viewport } : {}) });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto('/');
      await expectSignedIn(page);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
