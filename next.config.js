/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pdfkit reads its font metrics from its own folder at run time, so it must not be bundled.
  serverExternalPackages: ['pdfkit'],
  // The proxy (proxy.ts) sets these and the CSP on everything it answers; these cover the static files it skips.
  async headers() {
    return [
      {
        source: '/_next/static/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
  experimental: {
    // Report imports carry up to 1,000,000 characters of text (5,000,000 of HTML).
    serverActions: { bodySizeLimit: '6mb' },
    // The proxy sees every request's body first; nothing larger is accepted anywhere.
    proxyClientMaxBodySize: '6mb',
  },
};

export default nextConfig;
