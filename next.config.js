/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Report imports carry up to 1,000,000 characters of text (5,000,000 of HTML).
    serverActions: { bodySizeLimit: '6mb' },
  },
};

export default nextConfig;
