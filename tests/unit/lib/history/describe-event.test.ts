import { describe, expect, it } from "vitest";
import { describeEntryComment, describeEntryQuote, describeEvent, QUOTE_NOT_RECORDED } from "@/lib/history/describe-event";

const event = (type: string, before: unknown = null, after: unknown = null) => ({ type, before, after });

describe("describeEvent", () => {
  it("describes claims", () => {
    expect(describeEvent(event("claim.created", null, { status: "unsourced", start: 0, end: 4, exact: "abcd", note: "" }))).toBe("tagged the claim as unsourced");
    expect(describeEvent(event("claim.updated", { status: "unsourced" }, { status: "disputed" }))).toBe("changed the status from unsourced to disputed");
    expect(describeEvent(event("claim.updated", { note: "" }, { note: "see p. 3" }))).toBe("changed the note");
    expect(describeEvent(event("claim.updated", { status: "sourced", note: "" }, { status: "disputed", note: "no" }))).toBe("changed the status from sourced to disputed and the note");
    expect(describeEvent(event("claim.deleted", { status: "sourced" }))).toBe("cleared the claim");
  });

  it("describes sources, with the title of an added one", () => {
    expect(describeEvent(event("source.added", null, { sourceId: 1, url: "https://example.org", title: "Rapport annuel" }))).toBe("added a source: Rapport annuel");
    expect(describeEvent(event("source.updated", { title: "a" }, { title: "b" }))).toBe("updated a source");
    expect(describeEvent(event("source.removed", { sourceId: 1 }))).toBe("removed a source");
  });

  it("tells a comment from a reply", () => {
    expect(describeEvent(event("comment.created", null, { commentId: 1, parentId: null, body: "Source?" }))).toBe("commented");
    expect(describeEvent(event("comment.created", null, { commentId: 2, parentId: 1, body: "Here." }))).toBe("replied");
    expect(describeEvent(event("comment.edited", { body: "a" }, { body: "b" }))).toBe("edited a comment");
    expect(describeEvent(event("comment.deleted"))).toBe("deleted a comment");
  });

  it("names who wrote an imported comment or reply", () => {
    expect(describeEvent(event("comment.imported", null, { commentId: 3, parentId: null, body: "Source ?", author: "Ana", resolved: false }))).toBe("imported a comment by Ana");
    expect(describeEvent(event("comment.imported", null, { commentId: 4, parentId: 3, body: "AFP", author: "Rita", resolved: false }))).toBe("imported a reply by Rita");
    expect(describeEvent(event("comment.imported", null, {}))).toBe("imported a comment");
    expect(describeEvent(event("thread.resolved"))).toBe("resolved the thread");
    expect(describeEvent(event("thread.reopened"))).toBe("reopened the thread");
  });

  it("describes the article's workflow", () => {
    expect(describeEvent(event("article.created", null, { title: "T" }))).toBe("created the article");
    expect(describeEvent(event("article.state_changed", { state: "draft" }, { state: "in_review" }))).toBe("moved the article to in review");
    expect(describeEvent(event("article.state_changed", { state: "in_review" }, { state: "verified" }))).toBe("marked the article verified");
    expect(describeEvent(event("article.state_changed", { state: "verified" }, { state: "in_review" }))).toBe("reopened the article for review");
    expect(describeEvent(event("article.state_changed", { state: "in_review" }, { state: "draft" }))).toBe("moved the article back to draft");
  });

  it("describes how claims followed a revision of the text", () => {
    expect(describeEvent(event("article.revised", { revision: 1 }, { revision: 2 }))).toBe("saved revision 2 of the text");
    expect(describeEvent(event("article.restored", { revision: 4 }, { revision: 5, restoredFrom: 2 }))).toBe("restored revision 2 (saved as revision 5)");
    expect(describeEvent(event("article.restored", { revision: 4 }, { revision: "5" }))).toBe("restored an earlier revision");
    expect(describeEvent(event("claim.moved", { start: 0 }, { start: 9 }))).toBe("moved with the text");
    expect(describeEvent(event("claim.requoted", { exact: "servises" }, { exact: "services" }))).toBe("followed a rewording: “servises” → “services”");
    expect(describeEvent(event("claim.orphaned", { exact: "x" }, { revision: 3 }))).toBe("lost its text in a new revision (orphaned)");
    expect(describeEvent(event("claim.found_again"))).toBe("found its text again in a new revision");
    expect(describeEvent(event("claim.reattached"))).toBe("re-attached the orphaned claim");
    expect(describeEvent(event("claim.imported", null, { status: "disputed" }))).toBe("imported the claim as disputed");
  });

  it("falls back gracefully on unknown types and missing or odd payloads", () => {
    expect(describeEvent(event("person.role_changed", { role: "viewer" }, { role: "admin" }))).toBe("made a change (person.role_changed)");
    expect(describeEvent(event("claim.created"))).toBe("tagged the claim");
    expect(describeEvent(event("claim.updated", "garbage", 42))).toBe("changed the claim");
    expect(describeEvent(event("source.added", null, { title: "  " }))).toBe("added a source");
    expect(describeEvent(event("article.state_changed", null, { state: "archived" }))).toBe("changed the article's state");
    expect(describeEvent(event("comment.created"))).toBe("commented");
  });

  it("adds the claim's words of that moment, or says they were not recorded", () => {
    const line = (quote: string | null, type = "claim.updated", claimId: number | null = 4) => ({ type, claimId, quote });
    expect(describeEntryQuote(line("Le ministre a confirmé la nouvelle mardi."))).toBe("on “Le ministre a confirmé la nouvelle mardi.”");
    expect(describeEntryQuote(line(null))).toBe(`(${QUOTE_NOT_RECORDED})`);
    expect(QUOTE_NOT_RECORDED).toBe("quote not recorded");
    expect(describeEntryQuote(line("x", "article.revised", null))).toBeNull();
    // Beside the quote the reader already sees, a line repeats only a different one.
    expect(describeEntryQuote(line("La  même\nphrase"), "La même phrase")).toBeNull();
    expect(describeEntryQuote(line("Une autre phrase"), "La même phrase")).toBe("on “Une autre phrase”");
    // A rewording names both quotes already.
    expect(describeEntryQuote(line("b", "claim.requoted"))).toBeNull();
    expect(describeEntryQuote(line("mot ".repeat(40)))!.length).toBeLessThanOrEqual(75);
    expect(describeEntryComment({ comment: "Source ?\nAFP" })).toBe("“Source ? AFP”");
    expect(describeEntryComment({ comment: null })).toBeNull();
  });
});
