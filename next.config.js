/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Article uploads (up to 5 MiB) go through the "New article" server action.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  reactStrictMode: true,
};

module.exports = nextConfig;
