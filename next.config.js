/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run dev` sets FACTCHECK_NEXT_DIST_DIR=.next-dev, so the development server never writes
  // into the production build in .next/ that `npm start` and the tests serve.
  distDir: process.env.FACTCHECK_NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // pdfkit reads its font metrics from its own folder at run time, and pdf.js loads its worker
  // module from its own folder by a relative import: neither must be bundled.
  serverExternalPackages: ['pdfkit', 'pdfjs-dist'],
  // The app shows no images through next/image; with the optimizer off, /_next/image is a 404
  // instead of a route that fetches and decodes whatever URL it is given.
  images: { unoptimized: true },
  experimental: {
    // Report imports carry up to 1,000,000 characters of text (5,000,000 of HTML), and the import
    // form sends a 5 MB PDF as base64 (6.7 MB) for its text (lib/http/request-limits.ts).
    serverActions: { bodySizeLimit: '7mb' },
    // The proxy sees every request's body first; nothing larger is accepted anywhere.
    proxyClientMaxBodySize: '7mb',
  },
};

export default nextConfig;
