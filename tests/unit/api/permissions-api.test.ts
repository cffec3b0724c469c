import { beforeAll, describe, expect, it } from "vitest";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";
import { bearer, makePersonWithToken } from "../support/people";
import { countRows } from "../support/test-database";
import { sqlRows } from "../support/test-database";

await useFreshAppDatabase();

const articlesRoute = await import("@/app/api/v1/articles/route");
const annotationsRoute = await import("@/app/api/v1/articles/[id]/annotations/route");
const annotationRoute = await import("@/app/api/v1/annotations/[id]/route");
const meRoute = await import("@/app/api/v1/me/route");
const { getDb } = await import("@/db/client");
const { revokeToken } = await import("@/server/tokens/revoke-token");

type Person = Awaited<ReturnType<typeof makePersonWithToken>>;
let people: Record<"admin" | "journalist" | "reviewer" | "viewer", Person>;
let articleId: string;

beforeAll(async () => {
  const db = await getDb();
  people = {
    admin: await makePersonWithToken(db, "admin"),
    journalist: await makePersonWithToken(db, "journalist"),
    reviewer: await makePersonWithToken(db, "reviewer", "Rita Reviewer"),
    viewer: await makePersonWithToken(db, "viewer"),
  };
  const list = await callRoute(articlesRoute.GET, { headers: bearer(people.viewer.token) });
  articleId = String(list.body.articles[0].id);
});

const rows = async () => countRows(await getDb());
const tag = async (headers: Record<string, string>) =>
  callRoute(annotationsRoute.POST, { method: "POST", params: { id: articleId }, json: { start: 0, end: 20, status: "disputed" }, headers });

describe("who may use the API", () => {
  it("answers 401 without credentials, for reads and writes, writing nothing", async () => {
    const before = await rows();
    const read = await callRoute(articlesRoute.GET);
    expect(read.status).toBe(401);
    expect(read.body.error.code).toBe("unauthenticated");
    const write = await tag({});
    expect(write.status).toBe(401);
    expect(await rows()).toEqual(before);
  });

  it("answers 401 to an unknown or malformed token, even with nothing else wrong", async () => {
    for (const header of ["Bearer cc_not-a-real-token", "Bearer", "Basic YWRtaW46YWRtaW4="]) {
      const { status, body } = await callRoute(meRoute.GET, { headers: { authorization: header } });
      expect(status).toBe(401);
      expect(body.error.code).toBe("unauthenticated");
    }
  });

  it("tells a token's owner who they are", async () => {
    const { status, body } = await callRoute(meRoute.GET, { headers: bearer(people.reviewer.token) });
    expect(status).toBe(200);
    expect(body).toEqual({ id: people.reviewer.id, name: "Rita Reviewer", role: "reviewer" });
  });

  it("answers 403 to a viewer tagging, writing nothing", async () => {
    const before = await rows();
    const { status, body } = await tag(bearer(people.viewer.token));
    expect(status).toBe(403);
    expect(body.error.code).toBe("forbidden");
    expect(await rows()).toEqual(before);
  });

  it("answers 403 to a reviewer creating an article, writing nothing", async () => {
    const before = await rows();
    const { status } = await callRoute(articlesRoute.POST, { method: "POST", json: { title: "T", language: "en", text: "A claim." }, headers: bearer(people.reviewer.token) });
    expect(status).toBe(403);
    expect(await rows()).toEqual(before);
  });

  it("lets a journalist create an article but not tag it", async () => {
    const created = await callRoute(articlesRoute.POST, { method: "POST", json: { title: "T", language: "en", text: "A claim." }, headers: bearer(people.journalist.token) });
    expect(created.status).toBe(201);
    expect((await tag(bearer(people.journalist.token))).status).toBe(403);
  });

  it("records the reviewer as the author of their claim; a viewer cannot change or delete it", async () => {
    const created = await tag(bearer(people.reviewer.token));
    expect(created.status).toBe(201);
    // The email and role beside the name, so a display name alone cannot pass for someone else.
    expect(created.body.author).toEqual({ id: people.reviewer.id, name: "Rita Reviewer", email: expect.stringMatching(/^reviewer-.*@example\.org$/), role: "reviewer" });
    const events = (await sqlRows((await getDb()), "select actor_id from events where annotation_id = ?", [created.body.id])) as { actor_id: string }[];
    expect(events.map((e) => e.actor_id)).toEqual([people.reviewer.id]);

    const before = await rows();
    const params = { id: String(created.body.id) };
    const patch = await callRoute(annotationRoute.PATCH, { method: "PATCH", params, json: { status: "sourced", version: 1 }, headers: bearer(people.viewer.token) });
    expect(patch.status).toBe(403);
    const del = await callRoute(annotationRoute.DELETE, { method: "DELETE", params, headers: bearer(people.viewer.token) });
    expect(del.status).toBe(403);
    expect(await rows()).toEqual(before);
  });

  it("stops accepting a token the moment it is revoked", async () => {
    const person = await makePersonWithToken(await getDb(), "reviewer");
    expect((await callRoute(meRoute.GET, { headers: bearer(person.token) })).status).toBe(200);
    await revokeToken({ db: await getDb(), actor: { id: person.id, name: person.name, role: "reviewer" }, now: () => new Date() }, { tokenId: person.tokenId });
    const before = await rows();
    expect((await callRoute(meRoute.GET, { headers: bearer(person.token) })).status).toBe(401);
    expect((await tag(bearer(person.token))).status).toBe(401);
    expect(await rows()).toEqual(before);
  });
});
