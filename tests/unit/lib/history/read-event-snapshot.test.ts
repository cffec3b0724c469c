import { describe, expect, it } from "vitest";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { recordedClaim, recordedCommentText, recordedQuote } from "@/lib/history/read-event-snapshot";

const claim = { exact: "Le ministre a confirmé.", status: "disputed" as const, note: "non", start: 0, end: 23 };
const event = (type: string, before: unknown = null, after: unknown = null) => ({ type, before, after });

describe("claimSnapshot", () => {
  it("keeps only what history shows of a claim", () => {
    expect(claimSnapshot({ ...claim, id: 3, version: 4, prefix: "", suffix: " Selon" } as typeof claim)).toEqual(claim);
  });
});

describe("recordedClaim and recordedQuote", () => {
  it("read the snapshot an event carries", () => {
    const source = event("source.added", null, { sourceId: 1, url: "https://example.org", title: "T", claim });
    expect(recordedClaim(source)).toEqual(claim);
    expect(recordedQuote(source)).toBe(claim.exact);
  });

  it("find the quote of the moment in the payloads of rows written before snapshots", () => {
    expect(recordedQuote(event("claim.created", null, { status: "sourced", start: 0, end: 4, exact: "abcd", note: "" }))).toBe("abcd");
    expect(recordedQuote(event("claim.deleted", { status: "sourced", exact: "effacée", note: "" }))).toBe("effacée");
    expect(recordedQuote(event("claim.requoted", { exact: "servises" }, { exact: "services" }))).toBe("services");
    expect(recordedQuote(event("claim.orphaned", { exact: "perdue" }, { revision: 3 }))).toBe("perdue");
  });

  it("answer null, never a guess, when an older row did not record the quote or holds garbage", () => {
    expect(recordedClaim(event("claim.created", null, { status: "sourced", exact: "abcd" }))).toBeNull();
    expect(recordedQuote(event("source.added", null, { sourceId: 1, title: "T" }))).toBeNull();
    expect(recordedQuote(event("claim.updated", { status: "unsourced" }, { status: "disputed" }))).toBeNull();
    expect(recordedQuote(event("comment.created", null, "garbage"))).toBeNull();
    expect(recordedQuote(event("claim.created", null, { claim: { ...claim, status: "<b>bold</b>" } }))).toBeNull();
    expect(recordedQuote(event("claim.created", null, { claim: [claim] }))).toBeNull();
    expect(recordedQuote(event("claim.created", null, { exact: 42 }))).toBeNull();
    expect(recordedQuote(event("claim.created", null, { exact: "" }))).toBeNull();
  });
});

describe("recordedCommentText", () => {
  it("is the comment's text at that moment", () => {
    expect(recordedCommentText(event("comment.created", null, { commentId: 1, parentId: null, body: "Source ?" }))).toBe("Source ?");
    expect(recordedCommentText(event("comment.edited", { body: "a" }, { body: "b" }))).toBe("b");
    expect(recordedCommentText(event("comment.deleted", { body: "dit" }))).toBe("dit");
    expect(recordedCommentText(event("comment.deleted"))).toBeNull();
    expect(recordedCommentText(event("claim.created", null, { body: "x" }))).toBeNull();
  });
});
