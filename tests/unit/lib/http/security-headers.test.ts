import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { COMMON_SECURITY_HEADERS, DOWNLOAD_CONTENT_SECURITY_POLICY, makeNonce, pageContentSecurityPolicy } from "@/lib/http/security-headers";

const nextConfig = createRequire(import.meta.url)("../../../../next.config.js") as { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
const directives = (policy: string) => Object.fromEntries(policy.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("security headers", () => {
  it("next.config.js gives every path the same common headers as the proxy", async () => {
    const [rule, ...others] = await nextConfig.headers();
    expect(others).toEqual([]);
    expect(rule.source).toBe("/:path*");
    expect(Object.fromEntries(rule.headers.map((h) => [h.key, h.value]))).toEqual(COMMON_SECURITY_HEADERS);
  });

  it("pages: scripts only with the nonce, no eval or inline script outside development, never framed", () => {
    const policy = directives(pageContentSecurityPolicy("abc123"));
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    expect(directives(pageContentSecurityPolicy("n", { development: true }))["script-src"]).toContain("'unsafe-eval'");
  });

  it("downloads: nothing runs or loads, never framed", () => {
    const policy = directives(DOWNLOAD_CONTENT_SECURITY_POLICY);
    expect(policy["default-src"]).toEqual(["'none'"]);
    expect(policy).toHaveProperty("sandbox");
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
  });

  it("nonces are fresh and 128 bits", () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});
