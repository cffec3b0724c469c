import { beforeAll, describe, expect, it } from "vitest";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";
import { bearer, makePersonWithToken } from "../support/people";
import { countRows } from "../support/test-database";

await useFreshAppDatabase();

const articlesRoute = await import("@/app/api/v1/articles/route");
const threadsRoute = await import("@/app/api/v1/annotations/[id]/comments/route");
const commentRoute = await import("@/app/api/v1/comments/[id]/route");
const { getDb } = await import("@/db/client");
const { createClaim } = await import("@/server/claims/create-claim");

type Person = Awaited<ReturnType<typeof makePersonWithToken>>;
let people: Record<"admin" | "journalist" | "reviewer" | "viewer", Person>;
let claimId: string;

beforeAll(async () => {
  const db = await getDb();
  people = {
    admin: await makePersonWithToken(db, "admin"),
    journalist: await makePersonWithToken(db, "journalist", "Jo Journalist"),
    reviewer: await makePersonWithToken(db, "reviewer", "Rita Reviewer"),
    viewer: await makePersonWithToken(db, "viewer"),
  };
  const list = await callRoute(articlesRoute.GET, { headers: bearer(people.viewer.token) });
  const reviewer = { id: people.reviewer.id, name: people.reviewer.name, role: "reviewer" as const };
  claimId = String((await createClaim({ db, actor: reviewer, now: () => new Date() }, { articleId: list.body.articles[0].id, input: { start: 0, end: 20, status: "disputed" } })).id);
});

const rows = async () => countRows(await getDb());
const post = async (who: Person | null, json: unknown) =>
  callRoute(threadsRoute.POST, { method: "POST", params: { id: claimId }, json, headers: who ? bearer(who.token) : {} });
const patch = async (who: Person, id: number, json: unknown) => callRoute(commentRoute.PATCH, { method: "PATCH", params: { id: String(id) }, json, headers: bearer(who.token) });

describe("comments API", () => {
  it("answers 401 without credentials, writing nothing", async () => {
    const before = await rows();
    expect((await post(null, { body: "Hello" })).status).toBe(401);
    const read = await callRoute(threadsRoute.GET, { params: { id: claimId } });
    expect(read.status).toBe(401);
    expect(read.body.error.code).toBe("unauthenticated");
    expect(await rows()).toEqual(before);
  });

  it("answers 403 to a viewer commenting, writing nothing; a viewer can read the threads", async () => {
    const before = await rows();
    const { status, body } = await post(people.viewer, { body: "Can I?" });
    expect(status).toBe(403);
    expect(body.error.code).toBe("forbidden");
    expect(await rows()).toEqual(before);
    expect((await callRoute(threadsRoute.GET, { params: { id: claimId }, headers: bearer(people.viewer.token) })).status).toBe(200);
  });

  it("lets a reviewer start a thread and a journalist reply to it", async () => {
    const root = await post(people.reviewer, { body: "Which source says March?" });
    expect(root.status).toBe(201);
    expect(root.body).toMatchObject({ claimId: Number(claimId), parentId: null, author: { id: people.reviewer.id, name: "Rita Reviewer" }, version: 1 });
    const reply = await post(people.journalist, { body: "The ministry's release.", parentId: root.body.id });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ parentId: root.body.id, author: { name: "Jo Journalist" } });
    const { body } = await callRoute(threadsRoute.GET, { params: { id: claimId }, headers: bearer(people.viewer.token) });
    const thread = body.threads.find((t: { id: number }) => t.id === root.body.id);
    expect(thread.replies.map((r: { id: number }) => r.id)).toEqual([reply.body.id]);
  });

  it("stores and returns markup verbatim, as text", async () => {
    const markup = "<img src=x onerror=alert(1)>";
    const created = await post(people.reviewer, { body: markup });
    expect(created.status).toBe(201);
    expect(created.body.body).toBe(markup);
    const { body } = await callRoute(threadsRoute.GET, { params: { id: claimId }, headers: bearer(people.viewer.token) });
    expect(body.threads.find((t: { id: number }) => t.id === created.body.id).body).toBe(markup);
  });

  it("lets nobody edit or delete someone else's comment (403), not even an admin", async () => {
    const mine = (await post(people.reviewer, { body: "Mine" })).body;
    const before = await rows();
    const edit = await patch(people.admin, mine.id, { body: "Not yours", version: 1 });
    expect(edit.status).toBe(403);
    expect(edit.body.error.code).toBe("forbidden");
    const del = await callRoute(commentRoute.DELETE, { method: "DELETE", params: { id: String(mine.id) }, headers: bearer(people.journalist.token) });
    expect(del.status).toBe(403);
    expect(await rows()).toEqual(before);
  });

  it("edits with { body, version } answering the Comment; a stale version is 409", async () => {
    const mine = (await post(people.reviewer, { body: "Draft" })).body;
    const edited = await patch(people.reviewer, mine.id, { body: "Final", version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: mine.id, body: "Final", edited: true, version: 2 });
    expect(edited.body).not.toHaveProperty("replies");
    const stale = await patch(people.reviewer, mine.id, { body: "Again", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "stale_version", currentVersion: 2 });
  });

  it("resolves with { resolved } answering the CommentThread; a reply cannot be resolved", async () => {
    const root = (await post(people.reviewer, { body: "Resolve me" })).body;
    const reply = (await post(people.journalist, { body: "Done", parentId: root.id })).body;
    const resolved = await patch(people.journalist, root.id, { resolved: true });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ id: root.id, resolved: { by: { id: people.journalist.id } }, replies: [{ id: reply.id }] });
    const refused = await patch(people.journalist, reply.id, { resolved: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalid_input");
  });

  it("deletes one's own comment with 204, leaving it in its thread as deleted", async () => {
    const mine = (await post(people.reviewer, { body: "Oops" })).body;
    const del = await callRoute(commentRoute.DELETE, { method: "DELETE", params: { id: String(mine.id) }, headers: bearer(people.reviewer.token) });
    expect(del.status).toBe(204);
    const { body } = await callRoute(threadsRoute.GET, { params: { id: claimId }, headers: bearer(people.reviewer.token) });
    expect(body.threads.find((t: { id: number }) => t.id === mine.id)).toMatchObject({ deleted: true, body: "" });
  });

  it("refuses bad JSON, blank bodies and unknown shapes with 400, writing nothing", async () => {
    const before = await rows();
    const badJson = await callRoute(threadsRoute.POST, { method: "POST", params: { id: claimId }, raw: "{ body: ", headers: bearer(people.reviewer.token) });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.code).toBe("invalid_json");
    const blank = await post(people.reviewer, { body: "   " });
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields).toHaveProperty("body");
    expect((await post(people.reviewer, { body: "x".repeat(10_001) })).status).toBe(400);
    expect((await patch(people.reviewer, 1, { body: "both", resolved: true })).status).toBe(400);
    expect(await rows()).toEqual(before);
  });

  it("answers 404 for an unknown claim or comment", async () => {
    const headers = bearer(people.reviewer.token);
    expect((await callRoute(threadsRoute.GET, { params: { id: "999" }, headers })).status).toBe(404);
    expect((await callRoute(threadsRoute.GET, { params: { id: "abc" }, headers })).status).toBe(404);
    expect((await patch(people.reviewer, 999, { resolved: true })).status).toBe(404);
  });
});
