import { beforeAll, describe, expect, it } from "vitest";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";
import { bearer, makePersonWithToken } from "../support/people";
import { countRows } from "../support/test-database";

await useFreshAppDatabase();

const articlesRoute = await import("@/app/api/v1/articles/route");
const articleRoute = await import("@/app/api/v1/articles/[id]/route");
const annotationsRoute = await import("@/app/api/v1/articles/[id]/annotations/route");
const previewRoute = await import("@/app/api/v1/articles/[id]/revisions/[n]/restore-preview/route");
const restoreRoute = await import("@/app/api/v1/articles/[id]/revisions/[n]/restore/route");
const eventsRoute = await import("@/app/api/v1/articles/[id]/events/route");
const { getDb } = await import("@/db/client");

type Person = Awaited<ReturnType<typeof makePersonWithToken>>;
let journalist: Person;
let viewer: Person;
let reviewer: Person;
let articleId: string;

beforeAll(async () => {
  journalist = await makePersonWithToken(await getDb(), "journalist", "Jo Journalist");
  viewer = await makePersonWithToken(await getDb(), "viewer");
  reviewer = await makePersonWithToken(await getDb(), "reviewer");
  const created = await callRoute(articlesRoute.POST, { method: "POST", json: { title: "Essai", language: "fr", text: "Première phrase du texte.\n\nDeuxième paragraphe, qui restera." }, headers: bearer(journalist.token) });
  articleId = String(created.body.id);
  const edited = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Deuxième paragraphe, qui restera." }] }] };
  const saved = await callRoute(articleRoute.PATCH, { method: "PATCH", params: { id: articleId }, json: { content: edited, baseRevision: 1 }, headers: bearer(journalist.token) });
  expect(saved.status).toBe(200);
  const claim = await callRoute(annotationsRoute.POST, { method: "POST", params: { id: articleId }, json: { quote: { exact: "Deuxième paragraphe, qui restera." }, status: "sourced" }, headers: bearer(reviewer.token) });
  expect(claim.body).toMatchObject({ status: "sourced" });
});

const preview = async (n: string, token: string) => callRoute(previewRoute.GET, { params: { id: articleId, n }, headers: bearer(token) });

describe("GET /articles/:id/revisions/:n/restore-preview", () => {
  it("answers what restoring revision n would do to the claims, and writes nothing", async () => {
    const before = await countRows(await getDb());
    const { status, body } = await preview("1", journalist.token);
    expect(status).toBe(200);
    expect(body).toEqual({ number: 1, baseRevision: 2, kept: 0, moved: 1, requoted: 0, orphaned: 0 });
    expect(await countRows(await getDb())).toEqual(before);
  });

  it("answers 403 to a viewer, 404 for an unknown or malformed revision, 400 for the current one", async () => {
    expect((await preview("1", viewer.token)).body.error.code).toBe("forbidden");
    expect((await preview("1", reviewer.token)).body.error.code).toBe("forbidden");
    expect((await preview("7", journalist.token)).status).toBe(404);
    expect((await preview("2", journalist.token)).body.error.code).toBe("invalid_input");
    for (const bad of ["0", "-1", "1.5", "abc", "%ff", "99999999999999999999"]) {
      const { status, body } = await preview(bad, journalist.token);
      expect(status, bad).toBe(404);
      expect(body.error.code).toBe("not_found");
    }
    expect((await callRoute(previewRoute.POST, { method: "POST", params: { id: articleId, n: "1" }, headers: bearer(journalist.token) })).status).toBe(405);
  });

  it("is followed by a restore whose event reads 'restored revision 1'", async () => {
    const restored = await callRoute(restoreRoute.POST, { method: "POST", params: { id: articleId, n: "1" }, json: { baseRevision: 2 }, headers: bearer(journalist.token) });
    expect(restored.status).toBe(200);
    expect(restored.body.reanchor).toMatchObject({ kept: 0, moved: 1, requoted: 0, orphaned: 0 });
    const { body } = await callRoute(eventsRoute.GET, { params: { id: articleId }, headers: bearer(viewer.token) });
    expect(body.events.map((event: { summary: string }) => event.summary)).toContain("restored revision 1 (saved as revision 3)");
  });
});
