/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pdfkit reads its font metrics from its own folder at run time, so it must not be bundled.
  serverExternalPackages: ['pdfkit'],
  experimental: {
    // Report imports carry up to 1,000,000 characters of text (5,000,000 of HTML).
    serverActions: { bodySizeLimit: '6mb' },
  },
};

export default nextConfig;
