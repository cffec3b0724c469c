import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { findEventsByArticle } from "@/db/queries/events";
import { insertUserWithPassword } from "@/db/queries/people";
import { comments } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { Role } from "@/lib/auth/permissions";
import { createArticle } from "@/server/articles/create-article";
import { getArticle } from "@/server/articles/get-article";
import { listArticles } from "@/server/articles/list-articles";
import { setArticleState } from "@/server/articles/set-article-state";
import { createClaim } from "@/server/claims/create-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import type { ServiceContext } from "@/server/context";
import { makeArticleInput, SAMPLE_TEXT } from "../support/builders";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";
import { expectAppError } from "../support/expect-app-error";

let database: TestDatabase;
let admin: ServiceContext;
let articleId: number;
let claimId: number;

const as = (role: Role) => makeContext(database.db, { role, start: "2026-02-01T10:00:00.000Z" });

beforeEach(async () => {
  database = await makeTestDatabase();
  await insertUserWithPassword(database.db, { id: "test-admin", name: "Ada Admin", email: "ada@example.org", role: "admin", passwordHash: "unused", now: new Date() });
  admin = makeContext(database.db);
  articleId = (await createArticle(admin, makeArticleInput())).id;
  claimId = (await createClaim(admin, { articleId, input: { start: 0, end: 10, status: "unsourced" } })).id;
});
afterEach(async () => database.cleanup());


/** Opens a thread the way the comments service will: a root comment (parentId null) on the claim. */
async function openThread(onClaim = claimId): Promise<number> {
  const now = "2026-01-20T08:00:00.000Z";
  const [row] = await database.db.insert(comments).values({ annotationId: onClaim, authorId: "test-reviewer", body: "Source?", createdAt: now, updatedAt: now }).returning();
  return row.id;
}

describe("setArticleState", () => {
  it("lets a journalist or reviewer send a draft to review, not a viewer", async () => {
    const before = await countRows(database.db);
    await expectAppError(async () => setArticleState(as("viewer"), { articleId, state: "in_review" }), "forbidden");
    await expectAppError(async () => setArticleState(makeContext(database.db, { role: null }), { articleId, state: "in_review" }), "unauthenticated");
    expect(await countRows(database.db)).toEqual(before);
    expect((await setArticleState(as("reviewer"), { articleId, state: "in_review" })).state).toBe("in_review");
    expect((await setArticleState(as("journalist"), { articleId, state: "draft" })).state).toBe("draft");
    expect((await setArticleState(as("journalist"), { articleId, state: "in_review" })).state).toBe("in_review");
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({
      type: "article.state_changed",
      actorId: "test-journalist",
      before: { state: "draft" },
      after: { state: "in_review" },
    });
  });

  it("lets only an admin verify, and records who and when", async () => {
    await setArticleState(as("reviewer"), { articleId, state: "in_review" });
    for (const role of ["journalist", "reviewer", "viewer"] as const) {
      await expectAppError(async () => setArticleState(as(role), { articleId, state: "verified", confirm: true }), "forbidden");
    }
    const verified = await setArticleState(admin, { articleId, state: "verified", confirm: true });
    expect(verified).toMatchObject({ state: "verified", verifiedBy: { id: "test-admin", name: "Ada Admin" }, verifiedAt: "2026-01-15T09:00:02.000Z", openThreads: 0 });
    expect(verified).not.toHaveProperty("text");
    expect(await getArticle(admin, { articleId })).toMatchObject({ state: "verified", verifiedBy: { name: "Ada Admin" } });
  });

  it("verifies straight from draft too", async () => {
    expect((await setArticleState(admin, { articleId, state: "verified", confirm: true })).state).toBe("verified");
  });

  it("refuses to verify while a thread is open, then allows it once resolved", async () => {
    const rootId = await openThread();
    await database.db.insert(comments).values({ annotationId: claimId, parentId: rootId, authorId: "test-admin", body: "Here.", createdAt: "x", updatedAt: "x" });
    expect((await getArticle(admin, { articleId })).openThreads).toBe(1);
    const before = await countRows(database.db);
    const refused = await expectAppError(async () => setArticleState(admin, { articleId, state: "verified", confirm: true }), "conflict");
    expect(refused.status).toBe(409);
    expect(refused.message).toContain("1 comment thread is still open");
    expect(refused.details).toEqual({ openThreads: 1 });
    expect(await countRows(database.db)).toEqual(before);
    expect((await getArticle(admin, { articleId })).state).toBe("draft");

    await database.db.update(comments).set({ resolvedAt: "2026-01-21T08:00:00.000Z", resolvedBy: "test-admin" }).where(eq(comments.id, rootId));
    expect((await listArticles(admin))[0].openThreads).toBe(0);
    expect((await setArticleState(admin, { articleId, state: "verified", confirm: true })).state).toBe("verified");
  });

  it("does not count threads of a cleared claim, nor a deleted root with nothing left under it", async () => {
    const other = (await createClaim(admin, { articleId, input: { start: 20, end: 30, status: "disputed" } })).id;
    await openThread(other);
    const deletedRoot = await openThread();
    await database.db.update(comments).set({ deletedAt: "2026-01-21T08:00:00.000Z", body: "" }).where(eq(comments.id, deletedRoot));
    expect((await getArticle(admin, { articleId })).openThreads).toBe(1);
    await deleteClaim(admin, { claimId: other });
    expect((await getArticle(admin, { articleId })).openThreads).toBe(0);
  });

  it("still counts a thread whose root was deleted while a live reply awaits an answer", async () => {
    const rootId = await openThread();
    await database.db.insert(comments).values({ annotationId: claimId, parentId: rootId, authorId: "test-admin", body: "Still unsure.", createdAt: "x", updatedAt: "x" });
    await database.db.update(comments).set({ deletedAt: "2026-01-21T08:00:00.000Z", body: "" }).where(eq(comments.id, rootId));
    expect((await expectAppError(async () => setArticleState(admin, { articleId, state: "verified", confirm: true }), "conflict")).details).toEqual({ openThreads: 1 });
  });

  it("names how many threads are open", async () => {
    await openThread();
    await openThread();
    const refused = await expectAppError(async () => setArticleState(admin, { articleId, state: "verified", confirm: true }), "conflict");
    expect(refused.message).toContain("2 comment threads are still open");
    expect(refused.details).toEqual({ openThreads: 2 });
  });

  it("reopens a verified article for review (journalists and admins) and clears the sign-off", async () => {
    await setArticleState(admin, { articleId, state: "verified", confirm: true });
    for (const role of ["reviewer", "viewer"] as const) await expectAppError(async () => setArticleState(as(role), { articleId, state: "in_review" }), "forbidden");
    const reopened = await setArticleState(as("journalist"), { articleId, state: "in_review" });
    expect(reopened).toMatchObject({ state: "in_review", verifiedBy: null, verifiedAt: null, signOff: null });
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({ actorId: "test-journalist", before: { state: "verified", signOff: { revision: 1 } }, after: { state: "in_review" } });
  });

  it("asks for a confirmation when sentences are untagged or sourced claims lack a source, and records the figures", async () => {
    const before = await countRows(database.db);
    const refused = await expectAppError(async () => setArticleState(admin, { articleId, state: "verified" }), "sign_off_unconfirmed");
    expect(refused.status).toBe(409);
    expect(refused.details).toMatchObject({ gaps: ["coverage"], figures: { revision: 1, coverage: { sentences: 4, tagged: 1 }, sourcedWithoutSource: 0, openThreads: 0 } });
    expect(await countRows(database.db)).toEqual(before);
    const signed = await setArticleState(admin, { articleId, state: "verified", confirm: true });
    expect(signed.signOff).toMatchObject({ revision: 1, confirmedGaps: ["coverage"], signedBy: { id: "test-admin" }, signedAt: signed.verifiedAt });
  });

  it("signs off a fully tagged and sourced article without a confirmation", async () => {
    await deleteClaim(admin, { claimId });
    await createClaim(admin, { articleId, input: { start: 0, end: SAMPLE_TEXT.length, status: "disputed" } });
    const signed = await setArticleState(admin, { articleId, state: "verified" });
    expect(signed.signOff).toMatchObject({ coverage: { sentences: 4, tagged: 4, byStatus: { disputed: 4 } }, sourcedWithoutSource: 0, confirmedGaps: [] });
  });

  it("counts sourced claims without a source as a gap", async () => {
    await deleteClaim(admin, { claimId });
    await createClaim(admin, { articleId, input: { start: 0, end: SAMPLE_TEXT.length, status: "sourced" } });
    const refused = await expectAppError(async () => setArticleState(admin, { articleId, state: "verified" }), "sign_off_unconfirmed");
    expect(refused.details).toMatchObject({ gaps: ["sourced_without_source"], figures: { sourcedWithoutSource: 1 } });
  });

  it("refuses verified → draft and treats the same state as a no-op", async () => {
    await setArticleState(admin, { articleId, state: "verified", confirm: true });
    const before = await countRows(database.db);
    await expectAppError(async () => setArticleState(admin, { articleId, state: "draft" }), "conflict");
    expect((await setArticleState(admin, { articleId, state: "verified", confirm: true })).verifiedAt).toBe("2026-01-15T09:00:02.000Z");
    expect(await countRows(database.db)).toEqual(before);
    await expectAppError(async () => setArticleState(admin, { articleId: 999, state: "in_review" }), "not_found");
  });
});
