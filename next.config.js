// Security headers for every answer, static files included (the proxy adds each page's CSP).
// next.config.js is loaded by Node as is, so these few lines repeat lib/http/security-headers.ts,
// and tests/unit/lib/http/security-headers.test.ts checks that they agree.
const COMMON_SECURITY_HEADERS = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(COMMON_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
  // Loaded from node_modules at run time instead of bundled: better-sqlite3 is a native module;
  // pdfkit reads its own data files (font metrics, ICC profiles) relative to its sources.
  serverExternalPackages: ["better-sqlite3", "pdfkit"],
  poweredByHeader: false,
  // Article uploads (up to 5 MiB) go through the "New article" server action.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  reactStrictMode: true,
  // Types are checked once for the whole project (app, scripts and tests) by `npm run typecheck`,
  // which `npm test` runs first; the build need not check them again.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
