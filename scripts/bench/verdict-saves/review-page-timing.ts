// Times the review page (app/(app)/reports/[reportId]/page.tsx) as a signed-in reviewer gets it:
// signs in over HTTP through next-auth's credentials flow, as the login form does, then fetches
// the page one request after another, timing each to the last byte of the response.
import { percentile } from '../statistics';

export type PageTiming = { runs: number; warmUps: number; p50Ms: number; p95Ms: number; maxMs: number; kilobytes: number };

/** Adds the response's Set-Cookie values to the jar (name → value). */
function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ''] = cookie.split(';');
    const separator = pair.indexOf('=');
    if (separator > 0) jar.set(pair.slice(0, separator), pair.slice(separator + 1));
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

/** The Cookie header of a signed-in session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: baseUrl, cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  keepCookies(jar, callback);
  if (![...jar.keys()].some((name) => name.endsWith('next-auth.session-token'))) {
    throw new Error(`Signing in as ${email} gave no session (status ${callback.status}, to ${callback.headers.get('location')})`);
  }
  return cookieHeader(jar);
}

async function fetchPage(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return { ms, bytes: body.byteLength };
}

export async function timeReviewPage({ baseUrl, email, password, reportId, runs, warmUps }: {
  baseUrl: string;
  email: string;
  password: string;
  reportId: string;
  runs: number;
  warmUps: number;
}): Promise<PageTiming> {
  const cookie = await signIn(baseUrl, email, password);
  const url = `${baseUrl}/reports/${reportId}`;
  for (let run = 0; run < warmUps; run += 1) await fetchPage(url, cookie);
  const timings: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const page = await fetchPage(url, cookie);
    timings.push(page.ms);
    bytes = page.bytes;
  }
  return { runs, warmUps, p50Ms: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95), maxMs: percentile(timings, 1), kilobytes: bytes / 1024 };
}
