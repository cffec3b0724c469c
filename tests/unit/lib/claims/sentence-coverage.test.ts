import { describe, expect, it } from "vitest";
import { sentenceCoverage, sentenceStatuses } from "@/lib/claims/sentence-coverage";

const sentences = [
  { start: 0, end: 10 },
  { start: 11, end: 20 },
  { start: 22, end: 30 },
  { start: 31, end: 40 },
];

describe("sentenceCoverage", () => {
  it("counts each sentence touched by a claim once", () => {
    const coverage = sentenceCoverage(sentences, [
      { start: 0, end: 10, status: "sourced" },
      { start: 2, end: 5, status: "sourced" },
      { start: 12, end: 14, status: "unsourced" },
    ]);
    expect(coverage).toEqual({ sentences: 4, tagged: 2, byStatus: { sourced: 1, unsourced: 1, disputed: 0 } });
  });

  it("puts a sentence under its most serious status", () => {
    const statuses = sentenceStatuses(sentences, [
      { start: 0, end: 4, status: "disputed" },
      { start: 0, end: 10, status: "sourced" },
      { start: 11, end: 20, status: "sourced" },
      { start: 15, end: 18, status: "unsourced" },
    ]);
    expect(statuses).toEqual(["disputed", "unsourced", null, null]);
  });

  it("spreads a claim across every sentence it overlaps, not those it only borders", () => {
    // 10..22 touches sentence 0's end exactly (exclusive) and sentence 2's start exactly: only sentence 1.
    expect(sentenceStatuses(sentences, [{ start: 10, end: 22, status: "sourced" }])).toEqual([null, "sourced", null, null]);
    expect(sentenceStatuses(sentences, [{ start: 5, end: 35, status: "unsourced" }])).toEqual(["unsourced", "unsourced", "unsourced", "unsourced"]);
  });

  it("handles no sentences and no claims", () => {
    expect(sentenceCoverage([], [])).toEqual({ sentences: 0, tagged: 0, byStatus: { sourced: 0, unsourced: 0, disputed: 0 } });
  });
});
