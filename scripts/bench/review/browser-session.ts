// Debian's Chromium, headless, and one signed-in session for every run: the reviewer signs in once
// through next-auth's real credentials flow, and each run opens a fresh context from its cookies.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs in as the browser does (the CSRF token and its cookie, then the credentials form), once. */
export async function signInOnce(browser: Browser, baseUrl: string, email: string, password: string): Promise<StorageState> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const csrf = await context.request.get('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const callback = await context.request.post('/api/auth/callback/credentials', {
      headers: { origin: baseUrl },
      form: { csrfToken, email, password, callbackUrl: `${baseUrl}/` },
      maxRedirects: 0,
    });
    const state = await context.storageState();
    if (!state.cookies.some((cookie) => cookie.name.endsWith('next-auth.session-token'))) {
      throw new Error(`Signing in as ${email} gave no session (status ${callback.status()}, to ${callback.headers().location})`);
    }
    return state;
  } finally {
    await context.close();
  }
}

/**
 * One request for the page before the runs, so that no run pays for the server's first rendering
 * of it; its size and time to the last byte are a figure even when the page never gets usable.
 */
export async function warmUp(browser: Browser, storageState: StorageState, url: string, timeoutMs: number): Promise<{ kb: number; ms: number }> {
  const context = await browser.newContext({ storageState });
  try {
    const started = performance.now();
    const response = await context.request.get(url, { timeout: timeoutMs, maxRedirects: 0 });
    const body = await response.body();
    if (response.status() !== 200) throw new Error(`GET ${url} answered ${response.status()}`);
    return { kb: body.byteLength / 1024, ms: performance.now() - started };
  } finally {
    await context.close();
  }
}

export type { StorageState };
