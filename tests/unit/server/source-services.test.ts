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
import { countRows, makeContext, makeTestDatabase } from "../support/test-database";
import { expectAppError } from "../support/expect-app-error";

let database: ReturnType<typeof makeTestDatabase>;
let ctx: ServiceContext;
let articleId: number;
let claimId: number;

beforeEach(() => {
  database = makeTestDatabase();
  ctx = makeContext(database.db);
  articleId = createArticle(ctx, makeArticleInput()).id;
  claimId = createClaim(ctx, { articleId, input: { start: 0, end: 10, status: "sourced" } }).id;
});
afterEach(() => database.cleanup());


const add = (title: string, extra: { claimId?: number; url?: string } = {}) =>
  addSource(ctx, { claimId: extra.claimId ?? claimId, input: { url: extra.url ?? `https://example.org/${encodeURIComponent(title)}`, title } });

describe("sources", () => {
  it("adds a source to a live claim with its author and an event", () => {
    const source = addSource(ctx, { claimId, input: { url: "https://example.org/report", title: "Rapport", excerpt: "p. 4", note: "confirms" } });
    expect(source).toMatchObject({ claimId, url: "https://example.org/report", title: "Rapport", excerpt: "p. 4", note: "confirms", version: 1 });
    expect(source.addedBy).toEqual({ id: "test-admin", name: "Former member" });
    expect(findEventsByArticle(database.db, articleId).at(-1)).toMatchObject({
      type: "source.added",
      annotationId: claimId,
      actorId: "test-admin",
      after: { sourceId: source.id, url: "https://example.org/report", title: "Rapport" },
    });
  });

  it("refuses javascript:, data: and relative URLs, writing nothing", () => {
    const before = countRows(database.db);
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "/articles/1", "example.org/page"]) {
      expect(expectAppError(() => add("Bad", { url }), "invalid_input").fields).toHaveProperty("url");
    }
    const source = add("Good");
    expectAppError(() => updateSource(ctx, { sourceId: source.id, input: { url: "javascript:alert(1)", version: 1 } }), "invalid_input");
    expect(countRows(database.db)).toEqual({ ...before, sources: 1, events: before.events + 1 });
  });

  it("refuses a source for a cleared or unknown claim", () => {
    deleteClaim(ctx, { claimId });
    const before = countRows(database.db);
    expectAppError(() => add("Late"), "not_found");
    expectAppError(() => add("Nowhere", { claimId: 999 }), "not_found");
    expect(countRows(database.db)).toEqual(before);
  });

  it("lists live sources in the order added, per claim and per article", () => {
    const other = createClaim(ctx, { articleId, input: { start: 20, end: 30, status: "disputed" } }).id;
    const first = add("First");
    add("Second");
    const third = add("Third", { claimId: other });
    removeSource(ctx, { sourceId: first.id });
    expect(listSources(ctx, { claimId }).map((s) => s.title)).toEqual(["Second"]);
    const byClaim = listArticleSources(ctx, { articleId });
    expect(Object.keys(byClaim).map(Number).sort()).toEqual([claimId, other].sort());
    expect(byClaim[other]).toEqual([third]);
    deleteClaim(ctx, { claimId: other });
    expect(listArticleSources(ctx, { articleId })[other]).toBeUndefined();
    expectAppError(() => listArticleSources(ctx, { articleId: 999 }), "not_found");
  });

  it("updates with optimistic concurrency and logs only the changed fields", () => {
    const source = add("Draft title");
    const updated = updateSource(ctx, { sourceId: source.id, input: { title: "Final title", note: "", version: 1 } });
    expect(updated).toMatchObject({ title: "Final title", version: 2 });
    expect(findEventsByArticle(database.db, articleId).at(-1)).toMatchObject({
      type: "source.updated",
      annotationId: claimId,
      before: { title: "Draft title" },
      after: { title: "Final title" },
    });

    const before = countRows(database.db);
    const stale = expectAppError(() => updateSource(ctx, { sourceId: source.id, input: { title: "Other", version: 1 } }), "stale_version");
    expect(stale.status).toBe(409);
    expect(stale.details).toEqual({ currentVersion: 2 });
    expect(updateSource(ctx, { sourceId: source.id, input: { title: "Final title", version: 2 } }).version).toBe(2);
    expect(countRows(database.db)).toEqual(before);
  });

  it("soft-deletes a source, keeps the row and logs what it was", () => {
    const source = add("Gone");
    removeSource(ctx, { sourceId: source.id });
    expect(countRows(database.db).sources).toBe(1);
    expect(findEventsByArticle(database.db, articleId).at(-1)).toMatchObject({ type: "source.removed", before: { sourceId: source.id, title: "Gone" } });
    expectAppError(() => removeSource(ctx, { sourceId: source.id }), "not_found");
    expectAppError(() => updateSource(ctx, { sourceId: source.id, input: { title: "Back", version: 2 } }), "not_found");
  });

  it("lets journalists and reviewers add sources, not viewers", () => {
    for (const role of ["journalist", "reviewer"] as const) {
      expect(addSource(makeContext(database.db, { role }), { claimId, input: { url: "https://example.org", title: role } }).addedBy?.id).toBe(`test-${role}`);
    }
    const before = countRows(database.db);
    const viewer = makeContext(database.db, { role: "viewer" });
    expectAppError(() => addSource(viewer, { claimId, input: { url: "https://example.org", title: "no" } }), "forbidden");
    expect(listSources(viewer, { claimId })).toHaveLength(2);
    expectAppError(() => listSources(makeContext(database.db, { role: null }), { claimId }), "unauthenticated");
    expect(countRows(database.db)).toEqual(before);
  });

  it("flags a sourced claim until it has a source", () => {
    expect(isSourcedWithoutSource({ status: "sourced" }, listSources(ctx, { claimId }).length)).toBe(true);
    add("Evidence");
    expect(isSourcedWithoutSource({ status: "sourced" }, listSources(ctx, { claimId }).length)).toBe(false);
    expect(isSourcedWithoutSource({ status: "unsourced" }, 0)).toBe(false);
  });
});
