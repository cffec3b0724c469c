import type { Page, Response } from "@playwright/test";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";

/** Each CSP violation the page reports, collected before any of its own scripts run. */
async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

function expectSecurityHeaders(response: Response | null, { page }: { page: boolean }) {
  expect(response, "an answer").not.toBeNull();
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, response!.url()).toContain("frame-ancestors 'none'");
  if (page) expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  else expect(policy).toContain("default-src 'none'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
}

test("every page answers with a nonce CSP, nosniff and a referrer policy, and runs without a violation", async ({ page, baseURL }) => {
  test.setTimeout(120_000); // eight pages, on a shared two-core machine
  const id = await seedArticle(baseURL!, "En-têtes de sécurité");
  const violations = await watchPolicyViolations(page);
  const pages: [string, RegExp | string][] = [
    ["/", "Articles"],
    ["/articles/new", "New article"],
    [`/articles/${id}`, "En-têtes de sécurité"],
    [`/articles/${id}/report`, "En-têtes de sécurité"],
    [`/articles/${id}/activity`, /Activity/],
    [`/articles/${id}/revisions`, /Revisions/],
    ["/people", "People"],
    ["/settings", "Settings"],
  ];
  const nonces = new Set<string>();
  for (const [path, heading] of pages) {
    const response = await page.goto(path);
    expectSecurityHeaders(response, { page: true });
    nonces.add(/'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"])![1]);
    await expect(page.getByRole("heading", { level: 1 }).first()).toContainText(heading);
    expect(await violations(), path).toEqual([]);
  }
  expect(nonces.size, "a fresh nonce for every page").toBe(pages.length);

  // React hydrated under the policy: the workspace's buttons work.
  await page.goto(`/articles/${id}`);
  await page.getByRole("button", { name: "Edit text" }).click();
  await expect(page.getByRole("button", { name: "Save" })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("downloads and API answers carry the download policy, nosniff and the referrer policy", async ({ page, baseURL }) => {
  const id = await seedArticle(baseURL!, "Téléchargements");
  for (const format of ["pdf", "csv", "html", "md", "json"]) {
    const response = await page.request.get(`/api/v1/articles/${id}/report?format=${format}`);
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response as unknown as Response, { page: false });
  }
  const missing = await page.request.get("/api/v1/nowhere");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing as unknown as Response, { page: false });
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page and static files carry the headers too", async ({ page }) => {
    const violations = await watchPolicyViolations(page);
    const response = await page.goto("/sign-in");
    expectSecurityHeaders(response, { page: true });
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    expect(await violations()).toEqual([]);
    const icon = await page.request.get("/icon.svg");
    expect(icon.headers()["x-content-type-options"]).toBe("nosniff");
    expect(icon.headers()["referrer-policy"]).toBe("same-origin");
  });
});
