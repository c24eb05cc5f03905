import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { safeCallbackPath } from '@/components/auth/safe-callback-path';

const ourOrigin = 'https://factcheck.example';

/** Where a browser on our site goes when told to navigate to `path`. */
function landsOn(path: string): string {
  return new URL(path, `${ourOrigin}/login`).origin;
}

describe('the page a sign-in leads to', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/reports/abc', '/reports/abc'],
    ['/audit?reportId=1#top', '/audit?reportId=1#top'],
    ['/reports/%2F%2Fevil.example', '/reports/%2F%2Fevil.example'],
    ['/%2F/evil.example', '/%2F/evil.example'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['/\n/evil.example/', '/'],
    ['/\t/evil.example/', '/'],
    ['/\r/evil.example/', '/'],
    ['\n//evil.example', '/'],
    [' //evil.example', '/'],
    ['/\\\\evil.example', '/'],
    ['\\/evil.example', '/'],
    ['https:\\\\evil.example', '/'],
    // Same scheme as ours with no slashes: a path on this site, as the browser reads it.
    ['https:evil.example', '/evil.example'],
    ['javascript:alert(1)', '/'],
    ['data:text/html,<script>alert(1)</script>', '/'],
    ['\u0000//evil.example', '/'],
  ])('%j leads to %j', (callbackUrl, expected) => {
    expect(safeCallbackPath(callbackUrl)).toBe(expected);
  });

  test.each(['/.//evil.example', '/..//evil.example', '/a/..//evil.example', '/%2e/%2e//evil.example'])('%j, two slashes after its dot segments, leads home', (callbackUrl) => {
    expect(safeCallbackPath(callbackUrl)).toBe('/');
  });

  test('no string leads off this site', () => {
    const tricky = fc.constantFrom('/', '\\', '.', '%2F', '%5C', '%2e', '\t', '\n', '\r', ' ', '\u0000', ':', '@', '?', '#', 'evil.example', 'https:', 'http:', 'javascript:', '//', '\u3002', '\uff0f');
    const candidates = fc.oneof(fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ maxLength: 24 }));
    fc.assert(
      fc.property(candidates, (callbackUrl) => {
        const path = safeCallbackPath(callbackUrl);
        expect(path.startsWith('/')).toBe(true);
        expect(path).not.toMatch(/^\/[/\\]/);
        expect(landsOn(path)).toBe(ourOrigin);
      }),
      { numRuns: 5_000, seed: 17 },
    );
  });
});
