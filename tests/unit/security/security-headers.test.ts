import { expect, test } from 'vitest';
import { contentSecurityPolicy, staticSecurityHeaders } from '@/lib/http/security-headers';

function directives(policy: string) {
  return Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
}

test('scripts run only with the nonce: no unsafe-inline or unsafe-eval, no framing, no plugins', () => {
  const policy = directives(contentSecurityPolicy('bm9uY2U='));
  expect(policy['script-src']).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
  expect(policy['frame-ancestors']).toEqual(["'none'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'self'"]);
  expect(policy['form-action']).toEqual(["'self'"]);
});

test('HSTS only over HTTPS; nosniff, referrer policy and frame denial always', () => {
  expect(staticSecurityHeaders({ isHttps: false })).not.toHaveProperty('Strict-Transport-Security');
  expect(staticSecurityHeaders({ isHttps: true })['Strict-Transport-Security']).toMatch(/^max-age=31536000/);
  expect(staticSecurityHeaders({ isHttps: false })).toMatchObject({
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  });
});
