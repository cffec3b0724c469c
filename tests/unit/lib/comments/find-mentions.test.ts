import { describe, expect, it } from "vitest";
import { findMentions, mentionHandle, type MentionCandidate } from "@/lib/comments/find-mentions";

const rita: MentionCandidate = { id: "u-rita", name: "Rita Reviewer", handle: "rita" };
const jean: MentionCandidate = { id: "u-jean", name: "Jean-Luc Dupont", handle: "jean-luc.dupont" };
const people = [rita, jean];

/** The mentioned text and who it names, easier to read than offsets. */
function mentioned(body: string, candidates = people): [string, string][] {
  return findMentions(body, candidates).map((m) => [body.slice(m.start, m.end), m.person.id]);
}

describe("mentionHandle", () => {
  it("is the email's local part, lowercased", () => {
    expect(mentionHandle({ email: "rita@example.org" })).toBe("rita");
    expect(mentionHandle({ email: "Jean-Luc.Dupont@Example.org" })).toBe("jean-luc.dupont");
  });
});

describe("findMentions", () => {
  it("finds a known handle at the start, in the middle and at the end, with offsets", () => {
    const body = "@rita look at this, @jean-luc.dupont too, thanks @rita";
    expect(findMentions(body, people)).toEqual([
      { start: 0, end: 5, person: { id: "u-rita", name: "Rita Reviewer" } },
      { start: 20, end: 36, person: { id: "u-jean", name: "Jean-Luc Dupont" } },
      { start: 49, end: 54, person: { id: "u-rita", name: "Rita Reviewer" } },
    ]);
  });

  it("matches case-insensitively", () => {
    expect(mentioned("Ask @RITA or @Jean-Luc.Dupont")).toEqual([
      ["@RITA", "u-rita"],
      ["@Jean-Luc.Dupont", "u-jean"],
    ]);
  });

  it("treats a trailing dot as punctuation, but keeps inner dots", () => {
    expect(mentioned("Thanks @rita.")).toEqual([["@rita", "u-rita"]]);
    expect(mentioned("Ask @jean-luc.dupont...")).toEqual([["@jean-luc.dupont", "u-jean"]]);
  });

  it("accepts punctuation and brackets around a mention", () => {
    expect(mentioned("(@rita), @rita! «@rita» @rita?\n@rita")).toHaveLength(5);
  });

  it("ignores unknown @words and emails", () => {
    expect(mentioned("@nobody wrote to a@b.org and rita@example.org")).toEqual([]);
    expect(mentioned("write to @rita@example.org")).toEqual([]);
  });

  it("needs the whole handle: a longer word is not a mention", () => {
    expect(mentioned("@ritas @rita_b @rita-x @jean-luc")).toEqual([]);
  });

  it("mentions nobody by a handle two people share", () => {
    const twin = { id: "u-rita-2", name: "Rita Other", handle: "Rita" };
    expect(mentioned("hi @rita", [rita, twin])).toEqual([]);
  });

  it("finds nothing in an empty body or a lone @", () => {
    expect(findMentions("", people)).toEqual([]);
    expect(findMentions("@ @. @", people)).toEqual([]);
  });
});
