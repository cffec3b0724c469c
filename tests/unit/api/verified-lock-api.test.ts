import { beforeAll, describe, expect, it } from "vitest";
import { sqlRows } from "../support/test-database";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";
import { bearer, makePersonWithToken } from "../support/people";

await useFreshAppDatabase();

const articlesRoute = await import("@/app/api/v1/articles/route");
const articleRoute = await import("@/app/api/v1/articles/[id]/route");
const annotationsRoute = await import("@/app/api/v1/articles/[id]/annotations/route");
const importRoute = await import("@/app/api/v1/articles/[id]/annotations/import/route");
const annotationRoute = await import("@/app/api/v1/annotations/[id]/route");
const threadsRoute = await import("@/app/api/v1/annotations/[id]/comments/route");
const commentRoute = await import("@/app/api/v1/comments/[id]/route");
const sourcesRoute = await import("@/app/api/v1/annotations/[id]/sources/route");
const sourceRoute = await import("@/app/api/v1/sources/[id]/route");
const restoreRoute = await import("@/app/api/v1/articles/[id]/revisions/[n]/restore/route");
const stateRoute = await import("@/app/api/v1/articles/[id]/state/route");
const signOffRoute = await import("@/app/api/v1/articles/[id]/sign-off/route");
const eventsRoute = await import("@/app/api/v1/articles/[id]/events/route");
const { getDb } = await import("@/db/client");
const { findEventsByArticle } = await import("@/db/queries/events");

type Person = Awaited<ReturnType<typeof makePersonWithToken>>;
let people: Record<"admin" | "journalist" | "reviewer" | "viewer", Person>;
let articleId: string;
let claimId: string;
let sourceId: string;
let rootId: string;
let openRootId: string;
let version: number;

const TABLES = ["articles", "article_revisions", "annotations", "comments", "sources", "events"];

/** Every row of every table a write could touch: equal snapshots mean nothing at all was written. */
async function snapshot(): Promise<string> {
  const db = await getDb();
  const rows: unknown[] = [];
  for (const table of TABLES) rows.push(await sqlRows(db, `select * from ${table} order by id`));
  return JSON.stringify(rows);
}

const lastEvents = async (n: number) => (await findEventsByArticle(await getDb(), Number(articleId))).slice(-n);
const as = (role: keyof typeof people) => bearer(people[role].token);
const setState = async (role: keyof typeof people, json: unknown) => callRoute(stateRoute.PUT, { method: "PUT", params: { id: articleId }, json, headers: as(role) });

beforeAll(async () => {
  const db = await getDb();
  people = {
    admin: await makePersonWithToken(db, "admin", "Ada Admin"),
    journalist: await makePersonWithToken(db, "journalist", "Jo Journalist"),
    reviewer: await makePersonWithToken(db, "reviewer", "Rita Reviewer"),
    viewer: await makePersonWithToken(db, "viewer"),
  };
  const created = await callRoute(articlesRoute.POST, {
    method: "POST",
    json: { title: "Lock", language: "en", text: "The mayor resigned on Monday. Sources say he was pushed. The council denies it." },
    headers: as("journalist"),
  });
  articleId = String(created.body.id);
  const claim = await callRoute(annotationsRoute.POST, { method: "POST", params: { id: articleId }, json: { start: 0, end: 29, status: "sourced" }, headers: as("reviewer") });
  claimId = String(claim.body.id);
  version = claim.body.version;
  const source = await callRoute(sourcesRoute.POST, { method: "POST", params: { id: claimId }, json: { url: "https://example.org/a", title: "Council minutes" }, headers: as("reviewer") });
  sourceId = String(source.body.id);
  const root = await callRoute(threadsRoute.POST, { method: "POST", params: { id: claimId }, json: { body: "Checked?" }, headers: as("reviewer") });
  rootId = String(root.body.id);
  const other = await callRoute(threadsRoute.POST, { method: "POST", params: { id: claimId }, json: { body: "Second look" }, headers: as("reviewer") });
  openRootId = String(other.body.id);
  // One thread stays resolved (so "reopen thread" is a write to refuse), none stays open.
  await callRoute(commentRoute.PATCH, { method: "PATCH", params: { id: rootId }, json: { resolved: true }, headers: as("reviewer") });
  await callRoute(commentRoute.PATCH, { method: "PATCH", params: { id: openRootId }, json: { resolved: true }, headers: as("reviewer") });
  const edited = await callRoute(articleRoute.PATCH, {
    method: "PATCH",
    params: { id: articleId },
    json: { text: "The mayor resigned on Monday. Sources say he was pushed. The council denies it firmly.", baseRevision: 1 },
    headers: as("journalist"),
  });
  expect(edited.status).toBe(200);
});

describe("signing off", () => {
  it("previews the figures the sign-off would record", async () => {
    const { status, body } = await callRoute(signOffRoute.GET, { params: { id: articleId }, headers: as("viewer") });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      revision: 2,
      coverage: { sentences: 3, tagged: 1, byStatus: { sourced: 1, unsourced: 0, disputed: 0 } },
      sourcedWithoutSource: 0,
      openThreads: 0,
      gaps: ["coverage"],
      needsConfirmation: true,
    });
  });

  it("refuses a sign-off with gaps unless confirmed, with the figures, and writes nothing", async () => {
    const before = await snapshot();
    const refused = await setState("admin", { state: "verified" });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "sign_off_unconfirmed", figures: { revision: 2, coverage: { sentences: 3, tagged: 1 } }, gaps: ["coverage"] });
    expect(await snapshot()).toBe(before);
  });

  it("records what was signed: revision, coverage, sourced claims without a source, open threads", async () => {
    const signed = await setState("admin", { state: "verified", confirm: true });
    expect(signed.status).toBe(200);
    const record = {
      revision: 2,
      coverage: { sentences: 3, tagged: 1, byStatus: { sourced: 1, unsourced: 0, disputed: 0 } },
      sourcedWithoutSource: 0,
      openThreads: 0,
      signedBy: { id: people.admin.id, name: "Ada Admin" },
      confirmedGaps: ["coverage"],
    };
    expect(signed.body).toMatchObject({ state: "verified", signOff: record });
    expect((await lastEvents(1))[0]).toMatchObject({ type: "article.state_changed", after: { state: "verified", signOff: record } });
  });
});

describe("a verified article refuses every write", () => {
  const claimParams = () => ({ id: claimId });
  const writes: [string, () => Promise<{ status: number; body: any }>][] = [
    ["tag a sentence", async () => callRoute(annotationsRoute.POST, { method: "POST", params: { id: articleId }, json: { start: 30, end: 56, status: "disputed" }, headers: as("reviewer") })],
    ["tag by quote", async () => callRoute(annotationsRoute.POST, { method: "POST", params: { id: articleId }, json: { quote: { exact: "The council denies it" }, status: "unsourced" }, headers: as("admin") })],
    ["change a claim's status", async () => callRoute(annotationRoute.PATCH, { method: "PATCH", params: claimParams(), json: { status: "disputed", version }, headers: as("reviewer") })],
    ["change a claim's note", async () => callRoute(annotationRoute.PATCH, { method: "PATCH", params: claimParams(), json: { note: "later", version }, headers: as("reviewer") })],
    ["move a claim", async () => callRoute(annotationRoute.PATCH, { method: "PATCH", params: claimParams(), json: { start: 30, end: 56, version }, headers: as("reviewer") })],
    ["delete a claim", async () => callRoute(annotationRoute.DELETE, { method: "DELETE", params: claimParams(), headers: as("reviewer") })],
    ["start a thread", async () => callRoute(threadsRoute.POST, { method: "POST", params: claimParams(), json: { body: "Wait" }, headers: as("journalist") })],
    ["reply", async () => callRoute(threadsRoute.POST, { method: "POST", params: claimParams(), json: { body: "Yes", parentId: Number(rootId) }, headers: as("journalist") })],
    ["edit a comment", async () => callRoute(commentRoute.PATCH, { method: "PATCH", params: { id: rootId }, json: { body: "Changed", version: 1 }, headers: as("reviewer") })],
    ["reopen a thread", async () => callRoute(commentRoute.PATCH, { method: "PATCH", params: { id: rootId }, json: { resolved: false }, headers: as("reviewer") })],
    ["delete a comment", async () => callRoute(commentRoute.DELETE, { method: "DELETE", params: { id: rootId }, headers: as("reviewer") })],
    ["add a source", async () => callRoute(sourcesRoute.POST, { method: "POST", params: claimParams(), json: { url: "https://example.org/b", title: "More" }, headers: as("reviewer") })],
    ["edit a source", async () => callRoute(sourceRoute.PATCH, { method: "PATCH", params: { id: sourceId }, json: { title: "Other", version: 1 }, headers: as("reviewer") })],
    ["remove a source", async () => callRoute(sourceRoute.DELETE, { method: "DELETE", params: { id: sourceId }, headers: as("reviewer") })],
    ["edit the text", async () => callRoute(articleRoute.PATCH, { method: "PATCH", params: { id: articleId }, json: { text: "Rewritten.", baseRevision: 2 }, headers: as("journalist") })],
    ["restore a revision", async () => callRoute(restoreRoute.POST, { method: "POST", params: { id: articleId, n: "1" }, json: { baseRevision: 2 }, headers: as("journalist") })],
    [
      "import W3C annotations",
      async () =>
        callRoute(importRoute.POST, {
          method: "POST",
          params: { id: articleId },
          json: [{ type: "Annotation", body: [{ type: "TextualBody", purpose: "tagging", value: "disputed" }], target: { selector: { type: "TextQuoteSelector", exact: "The council denies it" } } }],
          headers: as("reviewer"),
        }),
    ],
  ];

  it.each(writes)("%s: 409 article_verified, nothing written", async (_, write) => {
    const before = await snapshot();
    const { status, body } = await write();
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: "article_verified", message: "This article is signed off; reopen the review to change it." });
    expect(await snapshot()).toBe(before);
  });

  it("cannot be sent back to draft, and a reviewer or viewer cannot reopen it", async () => {
    const before = await snapshot();
    expect((await setState("admin", { state: "draft" })).status).toBe(409);
    expect((await setState("reviewer", { state: "in_review" })).status).toBe(403);
    expect((await setState("viewer", { state: "in_review" })).status).toBe(403);
    expect(await snapshot()).toBe(before);
  });
});

describe("reopening", () => {
  it("lets a journalist reopen the review: an event, the sign-off cleared, writes allowed again", async () => {
    const reopened = await setState("journalist", { state: "in_review" });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ state: "in_review", verifiedBy: null, signOff: null });
    const events = await callRoute(eventsRoute.GET, { params: { id: articleId }, headers: as("viewer") });
    expect(events.body.events[0]).toMatchObject({ type: "article.state_changed", summary: "reopened the article for review", actor: { name: "Jo Journalist" } });
    // The sign-off event outlives the reopening, with its record.
    expect((await lastEvents(2))[0]).toMatchObject({ after: { state: "verified", signOff: { revision: 2 } } });
    const tagged = await callRoute(annotationsRoute.POST, { method: "POST", params: { id: articleId }, json: { start: 30, end: 56, status: "disputed" }, headers: as("reviewer") });
    expect(tagged.status).toBe(201);
  });

  it("still keeps verifying for admins: a journalist cannot sign off", async () => {
    const refused = await setState("journalist", { state: "verified", confirm: true });
    expect(refused.status).toBe(403);
  });
});
