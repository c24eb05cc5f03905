import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startAppServer, type AppServer } from '../../tooling/app-server';
import { createTestUser, testPassword } from '../support/factories';
import { signInOverHttp } from '../support/http-sign-in';

// The server in front of Next (scripts/serve.ts) as an outside client meets it: forwarding headers
// are trusted only from trusted proxies, unknown host names are refused, HOST picks the address.

let direct: AppServer;
let behindProxy: AppServer;
const databaseUrl = () => process.env.DATABASE_URL ?? '';

/** A raw request with a Host header and method of our choosing (fetch sends the URL's host and refuses TRACE). */
function rawGet(port: number, path: string, headers: Record<string, string>, address = '127.0.0.1', method = 'GET'): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: address, port, path, method, headers }, (answer) => {
      answer.resume();
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function report() {
  return JSON.stringify({ outlet: 'Probe Wire', body: `A report sent past the Origin check ${Math.random()}.` });
}

beforeAll(async () => {
  [direct, behindProxy] = await Promise.all([
    startAppServer({ databaseUrl: databaseUrl(), env: { FACTCHECK_TRUSTED_PROXIES: '0', FACTCHECK_ALLOWED_HOSTS: 'localhost,127.0.0.1' } }),
    startAppServer({ databaseUrl: databaseUrl(), env: { FACTCHECK_TRUSTED_PROXIES: '1' } }),
  ]);
});

afterAll(async () => {
  await Promise.all([direct?.kill(), behindProxy?.kill()]);
});

describe('with no trusted proxy', () => {
  test('a client’s own X-Forwarded-Host and X-Forwarded-Proto do not make a foreign Origin ours', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const cookie = await signInOverHttp(direct.url, editor.email, testPassword);
    const forged = await fetch(`${direct.url}/api/v1/reports`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
      body: report(),
    });
    expect(forged.status).toBe(403);
    const ours = await fetch(`${direct.url}/api/v1/reports`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: direct.url }, body: report() });
    expect(ours.status).toBe(201);
  });

  test('X-Forwarded-Proto: https from a client does not switch on HSTS', async () => {
    const answer = await fetch(`${direct.url}/login`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(answer.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('behind one trusted proxy', () => {
  test('the forwarded host and scheme are the public origin, and HTTPS brings HSTS', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const cookie = await signInOverHttp(behindProxy.url, editor.email, testPassword);
    const viaProxy = { 'x-forwarded-host': 'factcheck.newsroom.example', 'x-forwarded-proto': 'https' };
    const created = await fetch(`${behindProxy.url}/api/v1/reports`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: 'https://factcheck.newsroom.example', ...viaProxy },
      body: report(),
    });
    expect(created.status).toBe(201);
    const page = await fetch(`${behindProxy.url}/login`, { headers: viaProxy });
    expect(page.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
  });
});

describe('FACTCHECK_ALLOWED_HOSTS', () => {
  test('a host name not on the list gets 421 on every path, static files included; the listed names are served', async () => {
    for (const path of ['/api/health', '/login', '/_next/static/none.js', '/api/auth/csrf']) {
      const rebound = await rawGet(direct.port, path, { host: `attacker.example:${direct.port}` });
      expect(rebound.status, path).toBe(421);
      expect(rebound.headers['x-content-type-options'], path).toBe('nosniff');
    }
    expect((await rawGet(direct.port, '/api/health', { host: `localhost:${direct.port}` })).status).toBe(200);
    expect((await rawGet(direct.port, '/api/health', { host: `LOCALHOST:${direct.port}` })).status).toBe(200);
    expect((await rawGet(direct.port, '/api/health', { host: '127.0.0.1' })).status).toBe(200);
    // Without the setting any host name is served, as before.
    expect((await rawGet(behindProxy.port, '/api/health', { host: 'attacker.example' })).status).toBe(200);
  });

  test('a method the app does not answer is 405 before anything else', async () => {
    const answer = await rawGet(direct.port, '/', { host: 'localhost' }, '127.0.0.1', 'TRACE');
    expect(answer.status).toBe(405);
    expect(answer.headers['allow']).toContain('GET');
  });
});

async function hasIpv6Loopback(): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(0, '::1', () => probe.close(() => resolve(true)));
  });
}

test('HOST chooses the listening address: HOST=127.0.0.1 answers there and nowhere else', async () => {
  const server = await startAppServer({ databaseUrl: databaseUrl(), env: { HOST: '127.0.0.1' } });
  try {
    expect((await rawGet(server.port, '/api/health', { host: 'localhost' })).status).toBe(200);
    if (await hasIpv6Loopback()) await expect(rawGet(server.port, '/api/health', { host: 'localhost' }, '::1')).rejects.toThrow(/ECONNREFUSED/);
  } finally {
    await server.kill();
  }
});

describe('idle connections', () => {
  // Clients and proxies pool connections and reuse an idle one; a server that closes it sooner than
  // they expect resets their next request (ECONNRESET). Node's default keeps it 5 seconds.
  test('an idle connection is kept for a minute and more, and the answer says so', async () => {
    const answer = await rawGet(direct.port, '/api/health', { host: 'localhost', connection: 'keep-alive' });
    expect(answer.status).toBe(200);
    const timeout = Number(String(answer.headers['keep-alive'] ?? '').match(/timeout=(\d+)/)?.[1]);
    expect(timeout).toBeGreaterThanOrEqual(65);
  });
});
