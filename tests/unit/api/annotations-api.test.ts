import { beforeAll, describe, expect, it } from "vitest";
import { useFreshAppDatabase, callRoute } from "../support/route-harness";
import { bearer, makePersonWithToken } from "../support/people";
import { countRows } from "../support/test-database";

await useFreshAppDatabase();

// Imported after the database is pointed at a temporary file.
const articlesRoute = await import("@/app/api/v1/articles/route");
const articleRoute = await import("@/app/api/v1/articles/[id]/route");
const sentencesRoute = await import("@/app/api/v1/articles/[id]/sentences/route");
const annotationsRoute = await import("@/app/api/v1/articles/[id]/annotations/route");
const annotationRoute = await import("@/app/api/v1/annotations/[id]/route");
const { getDb } = await import("@/db/client");

let demo: { id: number; text: string };
let auth: Record<string, string>;

beforeAll(async () => {
  // An admin may do everything: this file tests the API's behaviour, permissions-api.test.ts who may use it.
  auth = bearer((await makePersonWithToken(await getDb(), "admin")).token);
  const list = await callRoute(articlesRoute.GET, { headers: auth });
  const id = list.body.articles[0].id;
  demo = (await callRoute(articleRoute.GET, { params: { id: String(id) }, headers: auth })).body;
});

/** Calls a route as the admin. */
async function call(handler: Parameters<typeof callRoute>[0], options: NonNullable<Parameters<typeof callRoute>[1]> = {}) {
  return callRoute(handler, { ...options, headers: { ...auth, ...options.headers } });
}

async function rows() {
  return countRows(await getDb());
}

describe("articles API", () => {
  it("lists the seeded demo article with its progress", async () => {
    const { status, body } = await call(articlesRoute.GET);
    expect(status).toBe(200);
    expect(body.articles).toHaveLength(1);
    expect(body.articles[0]).toMatchObject({ language: "fr", revision: 1, progress: { sentences: 11, tagged: 0 } });
  });

  it("returns the canonical text and the sentences", async () => {
    expect(demo.text.startsWith("C’est un véritable cadeau en or")).toBe(true);
    const { body } = await call(sentencesRoute.GET, { params: { id: String(demo.id) } });
    expect(body.sentences).toHaveLength(11);
    for (const s of body.sentences) expect(demo.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("creates an article from plain text and answers 201", async () => {
    const { status, body } = await call(articlesRoute.POST, { method: "POST", json: { title: "Test", language: "en", text: "One. Two." } });
    expect(status).toBe(201);
    expect(body).toMatchObject({ title: "Test", language: "en", text: "One. Two.", progress: { sentences: 2 } });
  });

  it("refuses an article without a title or language, naming the fields", async () => {
    const before = await rows();
    const { status, body } = await call(articlesRoute.POST, { method: "POST", json: { text: "Hello.", language: "not a tag!" } });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_input");
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(["title", "language"]));
    expect(await rows()).toEqual(before);
  });

  it("answers 404 in the error shape for an unknown article", async () => {
    for (const id of ["9999", "abc", "-1"]) {
      const { status, body } = await call(articleRoute.GET, { params: { id } });
      expect(status).toBe(404);
      expect(body.error).toMatchObject({ code: "not_found" });
    }
  });
});

describe("annotations API", () => {
  it("creates, lists, updates and deletes a claim", async () => {
    const params = { id: String(demo.id) };
    const created = await call(annotationsRoute.POST, { method: "POST", params, json: { start: 0, end: 113, status: "unsourced" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ start: 0, end: 113, status: "unsourced", version: 1 });
    expect(created.body.quote.exact).toBe(demo.text.slice(0, 113));

    const listed = await call(annotationsRoute.GET, { params });
    expect(listed.body.annotations.map((a: { id: number }) => a.id)).toContain(created.body.id);

    const claimParams = { id: String(created.body.id) };
    const patched = await call(annotationRoute.PATCH, { method: "PATCH", params: claimParams, json: { status: "disputed", version: 1 } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: "disputed", version: 2 });

    const stale = await call(annotationRoute.PATCH, { method: "PATCH", params: claimParams, json: { status: "sourced", version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "stale_version", currentVersion: 2 });

    const removed = await call(annotationRoute.DELETE, { method: "DELETE", params: claimParams, url: "http://localhost/x?version=2" });
    expect(removed.status).toBe(204);
    expect((await call(annotationRoute.GET, { params: claimParams })).status).toBe(404);
  });

  it("creates a claim from a quote", async () => {
    const { status, body } = await call(annotationsRoute.POST, {
      method: "POST",
      params: { id: String(demo.id) },
      json: { quote: { exact: "Selon nos sources, cette opération a été mise en place" }, status: "unsourced" },
    });
    expect(status).toBe(201);
    expect(demo.text.slice(body.start, body.end)).toBe("Selon nos sources, cette opération a été mise en place");
  });

  const badRequests: { name: string; json?: unknown; raw?: string; headers?: Record<string, string>; id?: string; status: number; code: string; field?: string }[] = [
    { name: "unknown status", json: { start: 0, end: 10, status: "true" }, status: 400, code: "invalid_input", field: "status" },
    { name: "start equal to end", json: { start: 10, end: 10, status: "sourced" }, status: 400, code: "invalid_input", field: "end" },
    { name: "negative start", json: { start: -1, end: 10, status: "sourced" }, status: 400, code: "invalid_input" },
    { name: "offsets outside the text", json: { start: 0, end: 1_000_000, status: "sourced" }, status: 400, code: "invalid_input", field: "end" },
    { name: "a quote that is not in the text", json: { quote: { exact: "Le ministre a confirmé 12 arrestations à Lyon." }, status: "sourced" }, status: 400, code: "quote_not_found" },
    { name: "unknown fields", json: { start: 0, end: 10, status: "sourced", colour: "red" }, status: 400, code: "invalid_input" },
    { name: "malformed JSON", raw: '{"start": 0, "end":', status: 400, code: "invalid_json" },
    { name: "an empty body", raw: "", headers: { "content-type": "application/json" }, status: 400, code: "invalid_json" },
    { name: "the wrong content type", raw: "start=0", headers: { "content-type": "application/x-www-form-urlencoded" }, status: 415, code: "unsupported_media_type" },
    { name: "a body over the size limit", json: { start: 0, end: 10, status: "sourced", note: "x".repeat(200_000) }, status: 413, code: "payload_too_large" },
    { name: "a missing article", id: "424242", json: { start: 0, end: 10, status: "sourced" }, status: 404, code: "not_found" },
  ];

  for (const bad of badRequests) {
    it(`refuses ${bad.name} with ${bad.status} and writes nothing`, async () => {
      const before = await rows();
      const { status, body } = await call(annotationsRoute.POST, {
        method: "POST",
        params: { id: bad.id ?? String(demo.id) },
        json: bad.json,
        raw: bad.raw,
        headers: bad.headers,
      });
      expect(status).toBe(bad.status);
      expect(body.error.code).toBe(bad.code);
      expect(typeof body.error.message).toBe("string");
      if (bad.field) expect(body.error.fields).toHaveProperty(bad.field);
      expect(await rows()).toEqual(before);
    });
  }

  it("refuses an update without a version, or with nothing to change", async () => {
    const created = await call(annotationsRoute.POST, { method: "POST", params: { id: String(demo.id) }, json: { start: 0, end: 5, status: "sourced" } });
    const params = { id: String(created.body.id) };
    const before = await rows();
    const noVersion = await call(annotationRoute.PATCH, { method: "PATCH", params, json: { status: "disputed" } });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.fields).toHaveProperty("version");
    const nothing = await call(annotationRoute.PATCH, { method: "PATCH", params, json: { version: 1 } });
    expect(nothing.status).toBe(400);
    const badDelete = await call(annotationRoute.DELETE, { method: "DELETE", params, url: "http://localhost/x?version=abc" });
    expect(badDelete.status).toBe(400);
    expect(await rows()).toEqual(before);
  });
});
