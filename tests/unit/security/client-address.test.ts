import { expect, test } from 'vitest';
import { clientAddress } from '@/lib/http/client-address';

test('with no trusted proxy the peer is the client, whatever X-Forwarded-For says', () => {
  expect(clientAddress('203.0.113.5', '1.2.3.4', 0)).toBe('203.0.113.5');
  expect(clientAddress('::ffff:203.0.113.5', undefined, 0)).toBe('203.0.113.5');
});

test('behind trusted proxies the client is the entry they appended, not one the client sent', () => {
  // client sent "1.2.3.4"; the proxy appended the client's real address; the peer is the proxy
  expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.9', 1)).toBe('198.51.100.9');
  expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.9, 10.0.0.1', 2)).toBe('198.51.100.9');
  expect(clientAddress('10.0.0.2', undefined, 3)).toBe('10.0.0.2');
});
