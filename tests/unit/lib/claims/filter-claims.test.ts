import { describe, expect, it } from "vitest";
import type { Claim, CommentThread, Source } from "@/lib/api/dto";
import { filterClaims, isFiltering, NO_FILTER, type ReviewIndex } from "@/lib/claims/filter-claims";
import { isThreadOpen } from "@/lib/comments/is-thread-open";

function makeClaim(overrides: Partial<Claim> & { id: number }): Claim {
  return {
    articleId: 1,
    revision: 1,
    status: "unsourced",
    note: "",
    start: 0,
    end: 5,
    quote: { exact: "quote", prefix: "", suffix: "" },
    version: 1,
    orphaned: false,
    author: { id: "rita", name: "Rita" },
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

function makeThread(overrides: Partial<CommentThread> = {}): CommentThread {
  return {
    id: 1,
    claimId: 1,
    parentId: null,
    author: null,
    body: "Who are « nos sources » ?",
    deleted: false,
    edited: false,
    version: 1,
    createdAt: "",
    updatedAt: "",
    mentions: [],
    resolved: null,
    replies: [],
    ...overrides,
  };
}

const source = { id: 1, claimId: 3, url: "https://example.org", title: "Ministry statement", excerpt: "", note: "", addedBy: null, version: 1, createdAt: "", updatedAt: "" } satisfies Source;

const claims = [
  makeClaim({ id: 1, status: "unsourced", quote: { exact: "Selon nos sources, cette opération", prefix: "", suffix: "" } }),
  makeClaim({ id: 2, status: "sourced", author: { id: "jules", name: "Jules" }, quote: { exact: "depuis… Alger.", prefix: "", suffix: "" } }),
  makeClaim({ id: 3, status: "sourced", note: "contredit par le ministère" }),
  makeClaim({ id: 4, status: "disputed", quote: { exact: "en Algérie", prefix: "", suffix: "" } }),
];
const review: ReviewIndex = {
  threadsByClaim: { 1: [makeThread()], 4: [makeThread({ id: 2, claimId: 4, resolved: { at: "", by: null } })] },
  sourcesByClaim: { 3: [source] },
};
const ids = (list: Claim[]) => list.map((c) => c.id);

describe("filterClaims", () => {
  it("keeps everything without a filter", () => {
    expect(ids(filterClaims(claims, NO_FILTER, review))).toEqual([1, 2, 3, 4]);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it("filters by status, author, open thread and sourced-without-source", () => {
    expect(ids(filterClaims(claims, { ...NO_FILTER, status: "sourced" }, review))).toEqual([2, 3]);
    expect(ids(filterClaims(claims, { ...NO_FILTER, authorId: "jules" }, review))).toEqual([2]);
    expect(ids(filterClaims(claims, { ...NO_FILTER, openThread: true }, review))).toEqual([1]);
    expect(ids(filterClaims(claims, { ...NO_FILTER, sourcedWithoutSource: true }, review))).toEqual([2]);
  });

  it("combines criteria, and can leave the status out for the per-status counts", () => {
    const filter = { ...NO_FILTER, status: "disputed" as const, authorId: "rita" };
    expect(ids(filterClaims(claims, filter, review))).toEqual([4]);
    expect(ids(filterClaims(claims, filter, review, { ignoreStatus: true }))).toEqual([1, 3, 4]);
  });

  it("searches quotes, notes, comments and sources, ignoring case and accents", () => {
    expect(ids(filterClaims(claims, { ...NO_FILTER, query: "algerie" }, review))).toEqual([4]);
    expect(ids(filterClaims(claims, { ...NO_FILTER, query: "MINISTERE" }, review))).toEqual([3]);
    expect(ids(filterClaims(claims, { ...NO_FILTER, query: "statement" }, review))).toEqual([3]);
    expect(ids(filterClaims(claims, { ...NO_FILTER, query: "qui « nos sources »" }, review))).toEqual([]);
    // Resolved threads are searched too: claim 4 has one with the same words.
    expect(ids(filterClaims(claims, { ...NO_FILTER, query: "who sources" }, review))).toEqual([1, 4]);
  });
});

describe("isThreadOpen", () => {
  it("is open until resolved, unless every comment in it was deleted", () => {
    expect(isThreadOpen(makeThread())).toBe(true);
    expect(isThreadOpen(makeThread({ resolved: { at: "", by: null } }))).toBe(false);
    expect(isThreadOpen(makeThread({ deleted: true }))).toBe(false);
    expect(isThreadOpen(makeThread({ deleted: true, replies: [{ ...makeThread(), id: 9, parentId: 1 }] }))).toBe(true);
  });
});
