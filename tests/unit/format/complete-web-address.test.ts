import { expect, test } from 'vitest';
import { completeWebAddress } from '@/lib/format/complete-web-address';

test('an address typed without its scheme that looks like a host is completed to https://', () => {
  expect(completeWebAddress('www.example.org/envoys')).toBe('https://www.example.org/envoys');
  expect(completeWebAddress('example.org/envoys?page=2#top')).toBe('https://example.org/envoys?page=2#top');
  expect(completeWebAddress(' Example.ORG ')).toBe('https://Example.ORG');
  expect(completeWebAddress('news.example.co.uk:8443/world')).toBe('https://news.example.co.uk:8443/world');
});

test('anything that is not host-like is left as typed, for the web-address check to judge', () => {
  for (const typed of ['https://example.org/x', 'http://example.org', 'javascript:alert(1)', 'mailto:desk@example.org', 'localhost/x', '192.168.1.10/admin', '/envoys', '//example.org/x', 'not a url', 'example', 'exa mple.org/x', '-bad.example.org', '']) {
    expect(completeWebAddress(typed)).toBe(typed);
  }
});
