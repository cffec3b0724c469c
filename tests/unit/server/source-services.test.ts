import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findEventsByArticle } from "@/db/queries/events";
import { AppError } from "@/lib/api/app-error";
import { isSourcedWithoutSource } from "@/lib/claims/claim-flags";
import { createArticle } from "@/server/articles/create-article";
import { createClaim } from "@/server/claims/create-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import type { ServiceContext } from "@/server/context";
import { addSource } from "@/server/sources/add-source";
import { listArticleSources } from "@/server/sources/list-article-sources";
import { listSources } from "@/server/sources/list-sources";
import { removeSource } from "@/server/sources/remove-source";
import { updateSource } from "@/server/sources/update-source";
import { makeArticleInput } from "../support/builders";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";
import { expectAppError } from "../support/expect-app-error";

let database: TestDatabase;
let ctx: ServiceContext;
let articleId: number;
let claimId: number;

beforeEach(async () => {
  database = await makeTestDatabase();
  ctx = makeContext(database.db);
  articleId = (await createArticle(ctx, makeArticleInput())).id;
  claimId = (await createClaim(ctx, { articleId, input: { start: 0, end: 10, status: "sourced" } })).id;
});
afterEach(async () => database.cleanup());


const add = async (title: string, extra: { claimId?: number; url?: string } = {}) =>
  addSource(ctx, { claimId: extra.claimId ?? claimId, input: { url: extra.url ?? `https://example.org/${encodeURIComponent(title)}`, title } });

describe("sources", () => {
  it("adds a source to a live claim with its author and an event", async () => {
    const source = await addSource(ctx, { claimId, input: { url: "https://example.org/report", title: "Rapport", excerpt: "p. 4", note: "confirms" } });
    expect(source).toMatchObject({ claimId, url: "https://example.org/report", title: "Rapport", excerpt: "p. 4", note: "confirms", version: 1 });
    expect(source.addedBy).toEqual({ id: "test-admin", name: "Former member" });
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({
      type: "source.added",
      annotationId: claimId,
      actorId: "test-admin",
      after: { sourceId: source.id, url: "https://example.org/report", title: "Rapport" },
    });
  });

  it("refuses javascript:, data: and relative URLs, writing nothing", async () => {
    const before = await countRows(database.db);
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "/articles/1", "example.org/page"]) {
      expect((await expectAppError(async () => add("Bad", { url }), "invalid_input")).fields).toHaveProperty("url");
    }
    const source = await add("Good");
    await expectAppError(async () => updateSource(ctx, { sourceId: source.id, input: { url: "javascript:alert(1)", version: 1 } }), "invalid_input");
    expect(await countRows(database.db)).toEqual({ ...before, sources: 1, events: before.events + 1 });
  });

  it("refuses a source for a cleared or unknown claim", async () => {
    await deleteClaim(ctx, { claimId });
    const before = await countRows(database.db);
    await expectAppError(async () => add("Late"), "not_found");
    await expectAppError(async () => add("Nowhere", { claimId: 999 }), "not_found");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("lists live sources in the order added, per claim and per article", async () => {
    const other = (await createClaim(ctx, { articleId, input: { start: 20, end: 30, status: "disputed" } })).id;
    const first = await add("First");
    await add("Second");
    const third = await add("Third", { claimId: other });
    await removeSource(ctx, { sourceId: first.id });
    expect((await listSources(ctx, { claimId })).map((s) => s.title)).toEqual(["Second"]);
    const byClaim = await listArticleSources(ctx, { articleId });
    expect(Object.keys(byClaim).map(Number).sort()).toEqual([claimId, other].sort());
    expect(byClaim[other]).toEqual([third]);
    await deleteClaim(ctx, { claimId: other });
    expect((await listArticleSources(ctx, { articleId }))[other]).toBeUndefined();
    await expectAppError(async () => listArticleSources(ctx, { articleId: 999 }), "not_found");
  });

  it("updates with optimistic concurrency and logs only the changed fields", async () => {
    const source = await add("Draft title");
    const updated = await updateSource(ctx, { sourceId: source.id, input: { title: "Final title", note: "", version: 1 } });
    expect(updated).toMatchObject({ title: "Final title", version: 2 });
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({
      type: "source.updated",
      annotationId: claimId,
      before: { title: "Draft title" },
      after: { title: "Final title" },
    });

    const before = await countRows(database.db);
    const stale = await expectAppError(async () => updateSource(ctx, { sourceId: source.id, input: { title: "Other", version: 1 } }), "stale_version");
    expect(stale.status).toBe(409);
    expect(stale.details).toEqual({ currentVersion: 2 });
    expect((await updateSource(ctx, { sourceId: source.id, input: { title: "Final title", version: 2 } })).version).toBe(2);
    expect(await countRows(database.db)).toEqual(before);
  });

  it("soft-deletes a source, keeps the row and logs what it was", async () => {
    const source = await add("Gone");
    await removeSource(ctx, { sourceId: source.id });
    expect((await countRows(database.db)).sources).toBe(1);
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({ type: "source.removed", before: { sourceId: source.id, title: "Gone" } });
    await expectAppError(async () => removeSource(ctx, { sourceId: source.id }), "not_found");
    await expectAppError(async () => updateSource(ctx, { sourceId: source.id, input: { title: "Back", version: 2 } }), "not_found");
  });

  it("lets journalists and reviewers add sources, not viewers", async () => {
    for (const role of ["journalist", "reviewer"] as const) {
      expect((await addSource(makeContext(database.db, { role }), { claimId, input: { url: "https://example.org", title: role } })).addedBy?.id).toBe(`test-${role}`);
    }
    const before = await countRows(database.db);
    const viewer = makeContext(database.db, { role: "viewer" });
    await expectAppError(async () => addSource(viewer, { claimId, input: { url: "https://example.org", title: "no" } }), "forbidden");
    expect(await listSources(viewer, { claimId })).toHaveLength(2);
    await expectAppError(async () => listSources(makeContext(database.db, { role: null }), { claimId }), "unauthenticated");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("flags a sourced claim until it has a source", async () => {
    expect(isSourcedWithoutSource({ status: "sourced" }, (await listSources(ctx, { claimId })).length)).toBe(true);
    await add("Evidence");
    expect(isSourcedWithoutSource({ status: "sourced" }, (await listSources(ctx, { claimId })).length)).toBe(false);
    expect(isSourcedWithoutSource({ status: "unsourced" }, 0)).toBe(false);
  });
});
