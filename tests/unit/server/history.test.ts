import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertUserWithPassword } from "@/db/queries/people";
import { AppError } from "@/lib/api/app-error";
import type { Role } from "@/lib/auth/permissions";
import { createArticle } from "@/server/articles/create-article";
import { setArticleState } from "@/server/articles/set-article-state";
import { createClaim } from "@/server/claims/create-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import { updateClaim } from "@/server/claims/update-claim";
import { SYSTEM_ACTOR, type ServiceContext } from "@/server/context";
import { listArticleActivity } from "@/server/history/list-article-activity";
import { listClaimHistory } from "@/server/history/list-claim-history";
import { addSource } from "@/server/sources/add-source";
import { removeSource } from "@/server/sources/remove-source";
import { makeArticleInput } from "../support/builders";
import { makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";
import { expectAppError } from "../support/expect-app-error";

let database: TestDatabase;
let reviewer: ServiceContext;
let admin: ServiceContext;

async function person(role: Role, name: string): Promise<ServiceContext> {
  await insertUserWithPassword(database.db, { id: `test-${role}`, name, email: `${role}@example.org`, role, passwordHash: "unused", now: new Date() });
  return makeContext(database.db, { role });
}

beforeEach(async () => {
  database = await makeTestDatabase();
  admin = await person("admin", "Ada Admin");
  reviewer = await person("reviewer", "Rita Reviewer");
});
afterEach(async () => database.cleanup());


describe("claim history", () => {
  it("tells what happened to a claim, oldest first, with who did it — even once cleared", async () => {
    const articleId = (await createArticle({ ...admin, actor: SYSTEM_ACTOR }, makeArticleInput())).id;
    const claim = await createClaim(reviewer, { articleId, input: { start: 0, end: 10, status: "unsourced" } });
    await updateClaim(reviewer, { claimId: claim.id, input: { status: "disputed", version: 1 } });
    const source = await addSource(admin, { claimId: claim.id, input: { url: "https://example.org/a", title: "Dépêche AFP" } });
    await removeSource(admin, { sourceId: source.id });
    await deleteClaim(reviewer, { claimId: claim.id });

    const history = await listClaimHistory(makeContext(database.db, { role: "viewer" }), { claimId: claim.id });
    expect(history.map((entry) => [entry.actor?.name, entry.summary])).toEqual([
      ["Rita Reviewer", "tagged the claim as unsourced"],
      ["Rita Reviewer", "changed the status from unsourced to disputed"],
      ["Ada Admin", "added a source: Dépêche AFP"],
      ["Ada Admin", "removed a source"],
      ["Rita Reviewer", "cleared the claim"],
    ]);
    expect(history[0]).toMatchObject({ type: "claim.created", claimId: claim.id, actor: { id: "test-reviewer" }, at: "2026-01-15T09:00:00.000Z" });
    await expectAppError(async () => listClaimHistory(admin, { claimId: 999 }), "not_found");
    await expectAppError(async () => listClaimHistory(makeContext(database.db, { role: null }), { claimId: claim.id }), "unauthenticated");
  });
});

describe("article activity", () => {
  it("lists an article's events newest first, a page at a time", async () => {
    const articleId = (await createArticle({ ...admin, actor: SYSTEM_ACTOR }, makeArticleInput())).id;
    const claim = await createClaim(reviewer, { articleId, input: { start: 0, end: 10, status: "sourced" } });
    await setArticleState(reviewer, { articleId, state: "in_review" });
    await setArticleState(admin, { articleId, state: "verified", confirm: true });
    const other = (await createArticle(admin, makeArticleInput())).id;

    const all = await listArticleActivity(reviewer, { articleId });
    expect(all.nextBefore).toBeNull();
    expect(all.entries.map((entry) => `${entry.actor?.name}: ${entry.summary}`)).toEqual([
      "Ada Admin: marked the article verified",
      "Rita Reviewer: moved the article to in review",
      "Rita Reviewer: tagged the claim as sourced",
      "Claimcheck: created the article",
    ]);
    expect(all.entries[2].claimId).toBe(claim.id);
    expect(all.entries[0].claimId).toBeNull();

    const first = await listArticleActivity(reviewer, { articleId, limit: 3 });
    expect(first.entries.map((entry) => entry.id)).toEqual(all.entries.slice(0, 3).map((entry) => entry.id));
    expect(first.nextBefore).toBe(all.entries[2].id);
    const second = await listArticleActivity(reviewer, { articleId, limit: 3, beforeId: first.nextBefore! });
    expect(second).toEqual({ entries: all.entries.slice(3), nextBefore: null });

    expect((await listArticleActivity(reviewer, { articleId: other })).entries).toHaveLength(1);
    await expectAppError(async () => listArticleActivity(reviewer, { articleId: 999 }), "not_found");
  });

  it("names a person who no longer exists as a former member", async () => {
    const articleId = (await createArticle(makeContext(database.db, { role: "journalist" }), makeArticleInput())).id;
    expect((await listArticleActivity(admin, { articleId })).entries[0].actor).toEqual({ id: "test-journalist", name: "Former member" });
  });
});
