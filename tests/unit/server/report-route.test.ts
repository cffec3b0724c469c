import { beforeAll, describe, expect, it } from "vitest";
import { bearer, makePersonWithToken } from "../support/people";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";

await useFreshAppDatabase();

const articlesRoute = await import("@/app/api/v1/articles/route");
const annotationsRoute = await import("@/app/api/v1/articles/[id]/annotations/route");
const reportRoute = await import("@/app/api/v1/articles/[id]/report/route");
const { getDb } = await import("@/db/client");

const TITLE = "Réforme : « l’œuvre » d’un été";
const TEXT = "Le ministre a confirmé la réforme mardi. Selon nos sources, l’accord serait signé en mars.\n\nM. Dupont a démenti.";
let token: string;
let articleId: string;

async function getReport(query: string, headers: Record<string, string> = bearer(token)): Promise<Response> {
  const request = new Request(`http://localhost/api/v1/articles/${articleId}/report${query}`, { headers });
  return reportRoute.GET(request, { params: Promise.resolve({ id: articleId }) });
}

beforeAll(async () => {
  const admin = await makePersonWithToken(await getDb(), "admin", "Ada Admin");
  token = admin.token;
  const created = await callRoute(articlesRoute.POST, { method: "POST", json: { title: TITLE, language: "fr", text: TEXT }, headers: bearer(token) });
  articleId = String(created.body.id);
  for (const [phrase, status] of [["Le ministre a confirmé", "sourced"], ["l’accord serait signé", "unsourced"], ["M. Dupont a démenti", "disputed"]]) {
    const claim = await callRoute(annotationsRoute.POST, { method: "POST", params: { id: articleId }, json: { quote: { exact: phrase }, status }, headers: bearer(token) });
    expect(claim.status).toBe(201);
  }
});

describe("GET /articles/:id/report", () => {
  it("answers JSON by default, as an attachment named after the title", async () => {
    const response = await getReport("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="reforme-l-oeuvre-d-un-ete-report.json"; filename*=UTF-8''R%C3%A9forme%20%3A%20%C2%AB%20l%E2%80%99%C5%93uvre%20%C2%BB%20d%E2%80%99un%20%C3%A9t%C3%A9-report.json`,
    );
    expect(JSON.stringify(await response.json())).toContain("l’accord serait signé");
  });

  it.each([
    ["html", "text/html; charset=utf-8", "html"],
    ["pdf", "application/pdf", "pdf"],
    ["md", "text/markdown; charset=utf-8", "md"],
    ["csv", "text/csv; charset=utf-8", "csv"],
    ["w3c", "application/ld+json", "w3c.jsonld"],
    ["claimreview", "application/ld+json", "claimreview.jsonld"],
  ])("answers format=%s as %s", async (format, contentType, extension) => {
    const response = await getReport(`?format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("content-disposition")).toContain(`filename="reforme-l-oeuvre-d-un-ete-report.${extension}"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(100);
    if (format === "pdf") expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    if (format === "html") expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("narrows the claims with the filter params and says so", async () => {
    // Response.text() drops a byte-order mark, as the Fetch standard decodes: look at the bytes.
    const bytes = Buffer.from(await (await getReport("?format=csv&status=disputed")).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    expect(csv.trim().split("\r\n")).toHaveLength(2);
    const html = await (await getReport("?format=html&openThread=0&q=dupont")).text();
    expect(html).toContain("Filtered report");
    expect(html).toContain("M. Dupont a démenti");
    expect(html).not.toContain('id="claim-1"');
  });

  it("refuses an unknown format or a bad filter with 400 and the list of formats", async () => {
    const response = await getReport("?format=docx");
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid_input");
    expect(error.message).toContain("html, pdf, md, csv, json, w3c, claimreview");
    expect((await getReport("?status=maybe")).status).toBe(400);
    expect((await getReport("?openThread=yes")).status).toBe(400);
  });

  it("answers 401 without credentials and 404 for an unknown article", async () => {
    expect((await getReport("?format=pdf", {})).status).toBe(401);
    const request = new Request("http://localhost/api/v1/articles/99999/report", { headers: bearer(token) });
    expect((await reportRoute.GET(request, { params: Promise.resolve({ id: "99999" }) })).status).toBe(404);
  });
});
