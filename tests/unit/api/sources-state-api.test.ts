import { beforeAll, describe, expect, it } from "vitest";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";
import { bearer, makePersonWithToken } from "../support/people";
import { countRows } from "../support/test-database";

await useFreshAppDatabase();

const articlesRoute = await import("@/app/api/v1/articles/route");
const annotationsRoute = await import("@/app/api/v1/articles/[id]/annotations/route");
const sourcesRoute = await import("@/app/api/v1/annotations/[id]/sources/route");
const sourceRoute = await import("@/app/api/v1/sources/[id]/route");
const historyRoute = await import("@/app/api/v1/annotations/[id]/history/route");
const stateRoute = await import("@/app/api/v1/articles/[id]/state/route");
const eventsRoute = await import("@/app/api/v1/articles/[id]/events/route");
const { getDb } = await import("@/db/client");

type Person = Awaited<ReturnType<typeof makePersonWithToken>>;
let people: Record<"admin" | "journalist" | "reviewer" | "viewer", Person>;
let articleId: string;
let claimId: string;

beforeAll(async () => {
  const db = await getDb();
  people = {
    admin: await makePersonWithToken(db, "admin", "Ada Admin"),
    journalist: await makePersonWithToken(db, "journalist"),
    reviewer: await makePersonWithToken(db, "reviewer", "Rita Reviewer"),
    viewer: await makePersonWithToken(db, "viewer"),
  };
  const list = await callRoute(articlesRoute.GET, { headers: bearer(people.viewer.token) });
  articleId = String(list.body.articles[0].id);
  const claim = await callRoute(annotationsRoute.POST, { method: "POST", params: { id: articleId }, json: { start: 0, end: 20, status: "sourced" }, headers: bearer(people.reviewer.token) });
  claimId = String(claim.body.id);
});

const rows = async () => countRows(await getDb());
const addSource = async (token: string, json: unknown) => callRoute(sourcesRoute.POST, { method: "POST", params: { id: claimId }, json, headers: bearer(token) });
const setState = async (token: string, state: string) => callRoute(stateRoute.PUT, { method: "PUT", params: { id: articleId }, json: state === "verified" ? { state, confirm: true } : { state }, headers: bearer(token) });

describe("sources over the API", () => {
  it("answers 403 to a viewer adding a source, writing nothing", async () => {
    const before = await rows();
    const { status, body } = await addSource(people.viewer.token, { url: "https://example.org", title: "Nope" });
    expect(status).toBe(403);
    expect(body.error.code).toBe("forbidden");
    expect(await rows()).toEqual(before);
  });

  it("refuses a javascript: URL with a field error, writing nothing", async () => {
    const before = await rows();
    const { status, body } = await addSource(people.reviewer.token, { url: "javascript:alert(1)", title: "XSS" });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.fields).toHaveProperty("url");
    expect(await rows()).toEqual(before);
  });

  it("lets a reviewer add, list, edit and remove a source", async () => {
    const added = await addSource(people.reviewer.token, { url: "https://example.org/afp", title: "Dépêche AFP" });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ claimId: Number(claimId), title: "Dépêche AFP", version: 1, addedBy: { id: people.reviewer.id, name: "Rita Reviewer" } });
    const listed = await callRoute(sourcesRoute.GET, { params: { id: claimId }, headers: bearer(people.viewer.token) });
    expect(listed.body.sources.map((s: { id: number }) => s.id)).toContain(added.body.id);

    const params = { id: String(added.body.id) };
    const patched = await callRoute(sourceRoute.PATCH, { method: "PATCH", params, json: { note: "confirms", version: 1 }, headers: bearer(people.reviewer.token) });
    expect(patched.body).toMatchObject({ note: "confirms", version: 2 });
    const stale = await callRoute(sourceRoute.PATCH, { method: "PATCH", params, json: { note: "again", version: 1 }, headers: bearer(people.reviewer.token) });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "stale_version", currentVersion: 2 });
    expect((await callRoute(sourceRoute.DELETE, { method: "DELETE", params, headers: bearer(people.viewer.token) })).status).toBe(403);
    expect((await callRoute(sourceRoute.DELETE, { method: "DELETE", params, headers: bearer(people.reviewer.token) })).status).toBe(204);
    expect((await callRoute(sourceRoute.DELETE, { method: "DELETE", params, headers: bearer(people.reviewer.token) })).status).toBe(404);

    const history = await callRoute(historyRoute.GET, { params: { id: claimId }, headers: bearer(people.viewer.token) });
    expect(history.body.events.map((e: { summary: string }) => e.summary)).toEqual(["tagged the claim as sourced", "added a source: Dépêche AFP", "updated a source", "removed a source"]);
  });
});

describe("workflow state over the API", () => {
  it("lets only an admin verify; a reviewer gets 403 and nothing changes", async () => {
    expect((await setState(people.reviewer.token, "in_review")).body.state).toBe("in_review");
    const before = await rows();
    const refused = await setState(people.reviewer.token, "verified");
    expect(refused.status).toBe(403);
    expect(await rows()).toEqual(before);
    const verified = await setState(people.admin.token, "verified");
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ id: Number(articleId), state: "verified", verifiedBy: { id: people.admin.id, name: "Ada Admin" }, openThreads: 0 });
    expect(verified.body).not.toHaveProperty("text");
  });

  it("refuses an unknown state with a field error", async () => {
    const { status, body } = await setState(people.admin.token, "published");
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty("state");
  });

  it("answers the article's events newest first, paginated", async () => {
    const headers = bearer(people.viewer.token);
    const all = await callRoute(eventsRoute.GET, { params: { id: articleId }, headers });
    expect(all.status).toBe(200);
    const ids = all.body.events.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.body.events[0]).toMatchObject({ type: "article.state_changed", summary: "marked the article verified", actor: { name: "Ada Admin" } });
    expect(all.body.events.at(-1)).toMatchObject({ type: "article.created", actor: { id: "system", name: "Claimcheck" } });
    expect(all.body.nextBefore).toBeNull();

    const page = await callRoute(eventsRoute.GET, { url: "http://localhost/api/v1/x?limit=2", params: { id: articleId }, headers });
    expect(page.body.events.map((e: { id: number }) => e.id)).toEqual(ids.slice(0, 2));
    expect(page.body.nextBefore).toBe(ids[1]);
    const next = await callRoute(eventsRoute.GET, { url: `http://localhost/api/v1/x?limit=2&before=${page.body.nextBefore}`, params: { id: articleId }, headers });
    expect(next.body.events.map((e: { id: number }) => e.id)).toEqual(ids.slice(2, 4));

    const bad = await callRoute(eventsRoute.GET, { url: "http://localhost/api/v1/x?limit=0", params: { id: articleId }, headers });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("limit");
  });
});
