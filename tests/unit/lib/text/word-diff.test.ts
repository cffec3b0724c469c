import { describe, expect, it } from "vitest";
import { wordDiff, type WordDiffPart } from "@/lib/text/word-diff";

const spell = (parts: WordDiffPart[], skip: WordDiffPart["kind"]) => parts.filter((p) => p.kind !== skip).map((p) => p.text).join("");

describe("wordDiff", () => {
  it("answers one shared run for identical texts, and nothing for two empty ones", () => {
    expect(wordDiff("Le ministre a confirmé.", "Le ministre a confirmé.")).toEqual([{ kind: "same", text: "Le ministre a confirmé." }]);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("marks a replaced word as removed, then added, between shared runs", () => {
    expect(wordDiff("l’accord serait signé en mars", "l’accord sera signé en mars")).toEqual([
      { kind: "same", text: "l’accord " },
      { kind: "removed", text: "serait" },
      { kind: "added", text: "sera" },
      { kind: "same", text: " signé en mars" },
    ]);
  });

  it("handles text added at the end or removed from the start", () => {
    expect(wordDiff("M. Dupont", "M. Dupont a démenti")).toEqual([
      { kind: "same", text: "M. Dupont " },
      { kind: "added", text: "a démenti" },
    ]);
    const parts = wordDiff("Hier soir, le ministre a parlé.", "Le ministre a parlé.");
    expect(parts[0].kind).toBe("removed");
    expect(spell(parts, "added")).toBe("Hier soir, le ministre a parlé.");
  });

  it("merges adjacent runs of the same kind", () => {
    const parts = wordDiff("un deux trois quatre", "cinq six sept huit");
    for (let i = 1; i < parts.length; i++) expect(parts[i].kind).not.toBe(parts[i - 1].kind);
    expect(parts.filter((p) => p.kind === "removed")).toHaveLength(1);
    expect(parts.filter((p) => p.kind === "added")).toHaveLength(1);
  });

  it("spells both texts back: shared + removed is before, shared + added is after", () => {
    const before = "Le ministre a confirmé la nouvelle mardi.\n\nM. Dupont a démenti.";
    const after = "Le ministre a démenti la nouvelle lundi.\n\nM. Dupont a confirmé, 3,5 millions d’euros.";
    const parts = wordDiff(before, after);
    expect(spell(parts, "removed")).toBe(after);
    expect(spell(parts, "added")).toBe(before);
    expect(parts.every((p) => p.text.length > 0)).toBe(true);
  });

  it("falls back to the whole text removed and added when the diff takes too long", () => {
    const before = Array.from({ length: 4000 }, (_, i) => `a${i}`).join(" ");
    const after = Array.from({ length: 4000 }, (_, i) => `b${i}`).join(" ");
    expect(wordDiff(before, after, { timeoutMs: 0 })).toEqual([
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ]);
  });
});
