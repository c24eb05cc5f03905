import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { edgeRefusal, settleForwardedHeaders, type EdgeRequest } from '@/lib/http/edge-gate';
import { hostName, readEdgeSettings, type EdgeSettings } from '@/lib/env';

const settings = (changes: Partial<EdgeSettings> = {}): EdgeSettings => ({ port: 3000, host: undefined, trustedProxies: 0, allowedHosts: [], ...changes });
const request = (method: string, headers: EdgeRequest['headers'] = {}, peerAddress = '203.0.113.7'): EdgeRequest => ({ method, headers, peerAddress });

describe('methods', () => {
  test.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'get'])('%s goes on to the app', (method) => {
    expect(edgeRefusal(request(method), settings())).toBeNull();
  });

  test.each(['TRACE', 'TRACK', 'CONNECT', 'PROPFIND', '', 'X'])('%j is refused with 405 and the methods we answer', (method) => {
    expect(edgeRefusal(request(method), settings())).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' } });
  });
});

describe('host names (FACTCHECK_ALLOWED_HOSTS)', () => {
  const allowed = settings({ allowedHosts: ['factcheck.newsroom.example', 'localhost'] });

  test('a listed name is served with any port and in any case; another name gets 421', () => {
    expect(edgeRefusal(request('GET', { host: 'factcheck.newsroom.example' }), allowed)).toBeNull();
    expect(edgeRefusal(request('GET', { host: 'FactCheck.Newsroom.Example:8443' }), allowed)).toBeNull();
    expect(edgeRefusal(request('GET', { host: 'localhost:3000' }), allowed)).toBeNull();
    expect(edgeRefusal(request('GET', { host: 'attacker.example' }), allowed)).toMatchObject({ status: 421 });
    expect(edgeRefusal(request('GET', {}), allowed)).toMatchObject({ status: 421 });
    expect(edgeRefusal(request('GET', { host: 'factcheck.newsroom.example.attacker.example' }), allowed)).toMatchObject({ status: 421 });
    expect(edgeRefusal(request('GET', { host: 'attacker.example@factcheck.newsroom.example' }), allowed)).toMatchObject({ status: 421 });
  });

  test('X-Forwarded-Host counts only behind trusted proxies', () => {
    const headers = { host: 'attacker.example', 'x-forwarded-host': 'factcheck.newsroom.example' };
    expect(edgeRefusal(request('GET', headers), allowed)).toMatchObject({ status: 421 });
    expect(edgeRefusal(request('GET', headers), { ...allowed, trustedProxies: 1 })).toBeNull();
  });

  test('no setting, no check', () => {
    expect(edgeRefusal(request('GET', { host: 'anything.example' }), settings())).toBeNull();
  });

  test('any Host header is answered by the rule, never by an exception: served only when it names a listed host', () => {
    const parts = fc.constantFrom('factcheck.newsroom.example', 'localhost', 'attacker.example', ':', '@', '.', '/', '\\', '%2e', '[', ']', '::1', '\t', ' ', '\u0000', '443', 'xn--', '\u3002');
    const hosts = fc.oneof(fc.array(parts, { maxLength: 6 }).map((list) => list.join('')), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(hosts, fc.boolean(), (host, trusted) => {
        const refusal = edgeRefusal(request('GET', { host }), { ...allowed, trustedProxies: trusted ? 1 : 0 });
        const name = hostName(host);
        expect(refusal === null).toBe(name !== null && allowed.allowedHosts.includes(name));
      }),
      { numRuns: 3_000, seed: 11 },
    );
  });
});

describe('forwarding headers', () => {
  test('with no trusted proxy, the client’s own forwarding headers are dropped and X-Forwarded-For is the peer', () => {
    const incoming = request('GET', { 'x-forwarded-for': '1.2.3.4', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', forwarded: 'host=evil.example' });
    settleForwardedHeaders(incoming, settings());
    expect(incoming.headers).toEqual({ 'x-forwarded-for': '203.0.113.7' });
  });

  test('behind a trusted proxy they are kept, and the client is the address the proxy appended', () => {
    const incoming = request('GET', { 'x-forwarded-for': '1.2.3.4, 198.51.100.9', 'x-forwarded-host': 'factcheck.newsroom.example', 'x-forwarded-proto': 'https' }, '10.0.0.2');
    settleForwardedHeaders(incoming, settings({ trustedProxies: 1 }));
    expect(incoming.headers).toEqual({ 'x-forwarded-for': '198.51.100.9', 'x-forwarded-host': 'factcheck.newsroom.example', 'x-forwarded-proto': 'https' });
  });
});

describe('the edge settings', () => {
  test('defaults: port 3000, every interface, no trusted proxy, any host name', () => {
    expect(readEdgeSettings({})).toEqual({ port: 3000, host: undefined, trustedProxies: 0, allowedHosts: [] });
  });

  test('reads HOST, the proxy count and the host list', () => {
    expect(readEdgeSettings({ PORT: '8080', HOST: '127.0.0.1', FACTCHECK_TRUSTED_PROXIES: '2', FACTCHECK_ALLOWED_HOSTS: ' News.Example.org , localhost ' })).toEqual({
      port: 8080,
      host: '127.0.0.1',
      trustedProxies: 2,
      allowedHosts: ['news.example.org', 'localhost'],
    });
  });

  test.each([
    [{ FACTCHECK_TRUSTED_PROXIES: '-1' }, /FACTCHECK_TRUSTED_PROXIES must be a whole number/],
    [{ FACTCHECK_TRUSTED_PROXIES: 'one' }, /FACTCHECK_TRUSTED_PROXIES/],
    [{ FACTCHECK_ALLOWED_HOSTS: 'https://news.example.org' }, /FACTCHECK_ALLOWED_HOSTS must be host names/],
    [{ FACTCHECK_ALLOWED_HOSTS: 'news.example.org:443' }, /FACTCHECK_ALLOWED_HOSTS must be host names/],
    [{ PORT: 'http' }, /PORT must be a port number/],
  ])('refuses %j, naming the setting', (environment, message) => {
    expect(() => readEdgeSettings(environment)).toThrow(message);
  });
});
