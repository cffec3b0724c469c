import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countOpenThreadsByArticle } from "@/db/queries/comments";
import { findEventsByArticle } from "@/db/queries/events";
import { findUserById } from "@/db/queries/people";
import { AppError } from "@/lib/api/app-error";
import type { Role } from "@/lib/auth/permissions";
import { mentionHandle } from "@/lib/comments/find-mentions";
import { createArticle } from "@/server/articles/create-article";
import { createClaim } from "@/server/claims/create-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import { createComment } from "@/server/comments/create-comment";
import { deleteComment } from "@/server/comments/delete-comment";
import { editComment } from "@/server/comments/edit-comment";
import { listArticleThreads } from "@/server/comments/list-article-threads";
import { listThreads } from "@/server/comments/list-threads";
import { setThreadResolved } from "@/server/comments/set-thread-resolved";
import type { ServiceContext } from "@/server/context";
import { makeArticleInput } from "../support/builders";
import { makePersonWithToken } from "../support/people";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";
import { expectAppError } from "../support/expect-app-error";

let database: TestDatabase;
let admin: ServiceContext;
let articleId: number;
let claimId: number;
let otherClaimId: number;
let as: Record<"rita" | "jo" | "boss", ServiceContext>;

/** A context acting as a real person (so author names and mentions resolve). */
async function personContext(role: Role, name: string): Promise<ServiceContext> {
  const person = await makePersonWithToken(database.db, role, name);
  return { ...makeContext(database.db), actor: { id: person.id, name: person.name, role } };
}

beforeEach(async () => {
  database = await makeTestDatabase();
  admin = makeContext(database.db);
  articleId = (await createArticle(admin, makeArticleInput())).id;
  claimId = (await createClaim(admin, { articleId, input: { start: 0, end: 10, status: "unsourced" } })).id;
  otherClaimId = (await createClaim(admin, { articleId, input: { start: 12, end: 20, status: "disputed" } })).id;
  as = { rita: await personContext("reviewer", "Rita Reviewer"), jo: await personContext("journalist", "Jo Journalist"), boss: await personContext("admin", "Bea Boss") };
});
afterEach(async () => database.cleanup());


const comment = async (ctx: ServiceContext, body: string, parentId?: number, onClaim = claimId) => createComment(ctx, { claimId: onClaim, input: { body, parentId } });
const eventTypes = async () => (await findEventsByArticle(database.db, articleId)).map((e) => e.type);

describe("threads", () => {
  it("lists roots in order, each with its replies in order, named by their authors", async () => {
    const first = await comment(as.rita, "Source?");
    const second = await comment(as.jo, "Second thread");
    await comment(as.jo, "The ministry's release", first.id);
    await comment(as.rita, "Reply on the second", second.id);
    await comment(as.boss, "Thanks both", first.id);
    const threads = await listThreads(as.rita, { claimId });
    expect(threads.map((t) => [t.body, t.replies.map((r) => r.body)])).toEqual([
      ["Source?", ["The ministry's release", "Thanks both"]],
      ["Second thread", ["Reply on the second"]],
    ]);
    expect(threads[0]).toMatchObject({ claimId, parentId: null, author: { name: "Rita Reviewer" }, resolved: null, deleted: false, edited: false, version: 1 });
    expect(threads[0].replies[0]).toMatchObject({ parentId: first.id, author: { name: "Jo Journalist" } });
    expect(await listThreads(as.rita, { claimId: otherClaimId })).toEqual([]);
  });

  it("refuses a reply to a reply, or to another claim's comment, naming parentId and writing nothing", async () => {
    const root = await comment(as.rita, "Root");
    const reply = await comment(as.jo, "Reply", root.id);
    const elsewhere = await comment(as.rita, "On the other claim", undefined, otherClaimId);
    const before = await countRows(database.db);
    expect((await expectAppError(async () => comment(as.jo, "Nested", reply.id), "invalid_input")).fields).toHaveProperty("parentId");
    expect((await expectAppError(async () => comment(as.jo, "Cross-claim", elsewhere.id), "invalid_input")).fields).toHaveProperty("parentId");
    expect((await expectAppError(async () => comment(as.jo, "Nowhere", 999), "invalid_input")).fields).toHaveProperty("parentId");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("refuses blank and 10,001-character comments, writing nothing; keeps a body exactly as typed", async () => {
    const before = await countRows(database.db);
    for (const body of ["", "   \n\t "]) expect((await expectAppError(async () => comment(as.rita, body), "invalid_input")).fields).toHaveProperty("body");
    await expectAppError(async () => comment(as.rita, "x".repeat(10_001)), "invalid_input");
    expect(await countRows(database.db)).toEqual(before);
    expect((await comment(as.rita, "x".repeat(10_000))).body).toHaveLength(10_000);
    expect((await comment(as.rita, "  two  spaces\n\nand a line  ")).body).toBe("  two  spaces\n\nand a line  ");
  });

  it("answers 404 for comments on an unknown or cleared claim", async () => {
    const root = await comment(as.rita, "Before clearing");
    await deleteClaim(admin, { claimId });
    await expectAppError(async () => comment(as.rita, "After"), "not_found");
    await expectAppError(async () => listThreads(as.rita, { claimId }), "not_found");
    await expectAppError(async () => editComment(as.rita, { commentId: root.id, body: "Edit", version: 1 }), "not_found");
    await expectAppError(async () => setThreadResolved(as.rita, { commentId: root.id, resolved: true }), "not_found");
    await expectAppError(async () => comment(as.rita, "Nowhere", undefined, 999), "not_found");
    expect(await listArticleThreads(as.rita, { articleId })).toEqual({});
  });

  it("refuses a viewer, writing nothing", async () => {
    const before = await countRows(database.db);
    await expectAppError(async () => comment(makeContext(database.db, { role: "viewer" }), "Hello"), "forbidden");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("writes each comment with its event, in the same change", async () => {
    const before = await countRows(database.db);
    const root = await comment(as.rita, "Hello");
    expect(await countRows(database.db)).toMatchObject({ comments: before.comments + 1, events: before.events + 1 });
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({
      type: "comment.created",
      annotationId: claimId,
      actorId: as.rita.actor!.id,
      after: { commentId: root.id, parentId: null, body: "Hello" },
    });
  });

  it("lists the people @mentioned, once each, and ignores unknown handles", async () => {
    const handle = mentionHandle((await findUserById(database.db, as.jo.actor!.id))!);
    const created = await comment(as.rita, `@${handle} can you check? cc @nobody, and @${handle.toUpperCase()}.`);
    expect(created.mentions).toEqual([{ id: as.jo.actor!.id, name: "Jo Journalist" }]);
    expect((await listThreads(as.jo, { claimId }))[0].mentions).toEqual(created.mentions);
  });

  it("groups an article's threads by claim", async () => {
    const a = await comment(as.rita, "On the first claim");
    await comment(as.jo, "On the second", undefined, otherClaimId);
    await comment(as.jo, "Reply", a.id);
    const byClaim = await listArticleThreads(as.rita, { articleId });
    expect(Object.keys(byClaim).map(Number).sort()).toEqual([claimId, otherClaimId].sort());
    expect(byClaim[claimId][0].replies).toHaveLength(1);
    await expectAppError(async () => listArticleThreads(as.rita, { articleId: 999 }), "not_found");
  });
});

describe("editing and deleting", () => {
  it("lets the author edit, and refuses everyone else with 403, even an admin", async () => {
    const mine = await comment(as.rita, "Frist draft");
    const edited = await editComment(as.rita, { commentId: mine.id, body: "First draft", version: 1 });
    expect(edited).toMatchObject({ body: "First draft", edited: true, version: 2 });
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({ type: "comment.edited", before: { body: "Frist draft" }, after: { body: "First draft" } });
    const before = await countRows(database.db);
    for (const ctx of [as.boss, as.jo, admin]) await expectAppError(async () => editComment(ctx, { commentId: mine.id, body: "Hijacked", version: 2 }), "forbidden");
    expect(await countRows(database.db)).toEqual(before);
    expect((await listThreads(as.rita, { claimId }))[0].body).toBe("First draft");
  });

  it("refuses a stale version with 409 and the current version; the same text is a no-op", async () => {
    const mine = await comment(as.rita, "Text");
    await editComment(as.rita, { commentId: mine.id, body: "Text 2", version: 1 });
    const before = await countRows(database.db);
    const stale = await expectAppError(async () => editComment(as.rita, { commentId: mine.id, body: "Text 3", version: 1 }), "stale_version");
    expect(stale.status).toBe(409);
    expect(stale.details).toEqual({ currentVersion: 2 });
    expect((await editComment(as.rita, { commentId: mine.id, body: "Text 2", version: 2 })).version).toBe(2);
    expect(await countRows(database.db)).toEqual(before);
  });

  it("deletes one's own comment in place: body emptied, replies kept, once", async () => {
    const root = await comment(as.rita, "Wrong thread");
    await comment(as.jo, "Still here", root.id);
    await expectAppError(async () => deleteComment(as.boss, { commentId: root.id }), "forbidden");
    await deleteComment(as.rita, { commentId: root.id });
    const [thread] = await listThreads(as.rita, { claimId });
    expect(thread).toMatchObject({ id: root.id, deleted: true, body: "", version: 2, mentions: [] });
    expect(thread.replies.map((r) => r.body)).toEqual(["Still here"]);
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({ type: "comment.deleted", before: { commentId: root.id, body: "Wrong thread" } });
    const before = await countRows(database.db);
    await deleteComment(as.rita, { commentId: root.id });
    expect(await countRows(database.db)).toEqual(before);
    expect((await expectAppError(async () => editComment(as.rita, { commentId: root.id, body: "Back", version: 2 }), "conflict")).status).toBe(409);
  });
});

describe("resolving", () => {
  it("resolves and reopens idempotently, with exactly one event each", async () => {
    const root = await comment(as.jo, "Is this sourced?");
    const reply = await comment(as.rita, "Yes", root.id);
    const before = (await countRows(database.db)).events;
    const resolved = await setThreadResolved(as.rita, { commentId: root.id, resolved: true });
    expect(resolved).toMatchObject({ id: root.id, version: 2, resolved: { by: { id: as.rita.actor!.id, name: "Rita Reviewer" } } });
    expect(resolved.replies.map((r) => r.id)).toEqual([reply.id]);
    expect(await setThreadResolved(as.boss, { commentId: root.id, resolved: true })).toEqual(resolved);
    expect((await countRows(database.db)).events).toBe(before + 1);
    const reopened = await setThreadResolved(as.jo, { commentId: root.id, resolved: false });
    expect(reopened).toMatchObject({ resolved: null, version: 3 });
    expect((await setThreadResolved(as.jo, { commentId: root.id, resolved: false })).version).toBe(3);
    expect((await eventTypes()).filter((t) => t.startsWith("thread."))).toEqual(["thread.resolved", "thread.reopened"]);
  });

  it("resolves only from a thread's root, and only for those who may comment", async () => {
    const root = await comment(as.jo, "Root");
    const reply = await comment(as.rita, "Reply", root.id);
    const before = await countRows(database.db);
    expect((await expectAppError(async () => setThreadResolved(as.rita, { commentId: reply.id, resolved: true }), "invalid_input")).message).toMatch(/resolve a thread from its first comment/);
    await expectAppError(async () => setThreadResolved(makeContext(database.db, { role: "viewer" }), { commentId: root.id, resolved: true }), "forbidden");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("counts open threads: unresolved, with something left to read, on live claims", async () => {
    await comment(as.rita, "Open");
    await setThreadResolved(as.rita, { commentId: (await comment(as.rita, "Resolved")).id, resolved: true });
    await deleteComment(as.rita, { commentId: (await comment(as.rita, "Deleted, alone")).id });
    const deletedRoot = await comment(as.rita, "Deleted, answered");
    await comment(as.jo, "Live reply", deletedRoot.id);
    await deleteComment(as.rita, { commentId: deletedRoot.id });
    await comment(as.jo, "On a claim cleared later", undefined, otherClaimId);
    expect(await countOpenThreadsByArticle(database.db, articleId)).toBe(3);
    await deleteClaim(admin, { claimId: otherClaimId });
    expect(await countOpenThreadsByArticle(database.db, articleId)).toBe(2);
  });
});
