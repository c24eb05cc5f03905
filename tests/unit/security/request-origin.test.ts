import { describe, expect, test } from 'vitest';
import { refusalReason } from '@/lib/http/request-origin';

const url = new URL('http://review.newsroom.test/api/v1/reports');
const pageUrl = new URL('http://review.newsroom.test/reports/abc');

function headers(values: Record<string, string>) {
  return new Headers({ host: 'review.newsroom.test', ...values });
}

describe('requests that change data must come from our pages or carry an API token', () => {
  test.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s with our Origin passes', (method) => {
    expect(refusalReason(method, headers({ origin: 'http://review.newsroom.test' }), url)).toBeNull();
  });

  test.each([
    ['no Origin', {}],
    ['another site', { origin: 'https://evil.example' }],
    ['the same host on another scheme', { origin: 'https://review.newsroom.test' }],
    ['a lookalike host', { origin: 'http://review.newsroom.test.evil.example' }],
    ['the opaque origin of a sandboxed frame', { origin: 'null' }],
  ])('a POST from %s is refused', (_, values) => {
    expect(refusalReason('POST', headers(values), url)).toMatch(/same Origin/);
  });

  test('reads are never refused for their Origin', () => {
    expect(refusalReason('GET', headers({ origin: 'https://evil.example' }), url)).toBeNull();
  });

  test('an API token lets a script call /api/v1 without an Origin, but not a server action on a page', () => {
    expect(refusalReason('POST', headers({ authorization: 'Bearer fct_abc' }), url)).toBeNull();
    expect(refusalReason('POST', headers({ authorization: 'Bearer fct_abc', 'next-action': '00ab' }), pageUrl)).toMatch(/same Origin/);
  });

  test('behind a reverse proxy, the forwarded host and scheme are ours', () => {
    const forwarded = headers({ 'x-forwarded-host': 'factcheck.example.org', 'x-forwarded-proto': 'https', origin: 'https://factcheck.example.org' });
    expect(refusalReason('PATCH', forwarded, url)).toBeNull();
  });

  test('x-middleware-subrequest is refused on every request, reads included', () => {
    expect(refusalReason('GET', headers({ 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' }), pageUrl)).toMatch(/x-middleware-subrequest/);
    expect(refusalReason('POST', headers({ 'x-middleware-subrequest': 'middleware', authorization: 'Bearer fct_abc' }), url)).toMatch(/x-middleware-subrequest/);
  });
});
