import { describe, expect, it } from "vitest";
import { splitClaimSpans, type SpannedClaim, type TextParagraph } from "@/lib/report/split-claim-spans";

function makeClaim(number: number, start: number, end: number, orphaned = false): SpannedClaim {
  return { number, start, end, orphaned };
}

/** Each piece as "text" plus its covering and ending claim numbers, easy to compare. */
function describePieces(paragraphs: TextParagraph<SpannedClaim>[]): string[][] {
  return paragraphs.map((paragraph) =>
    paragraph.pieces.map((piece) => `${piece.text}|${piece.claims.map((c) => c.number).join(",")}|${piece.ending.map((c) => c.number).join(",")}`),
  );
}

/**
 * The rules spelled out the slow way, claims × pieces: cut each paragraph at every claim edge
 * inside it; a piece carries every placed claim overlapping it (outermost first) and numbers
 * those ending with it, or in the blank line after its paragraph.
 */
function splitClaimSpansByDefinition(text: string, claims: SpannedClaim[]): string[][] {
  const placed = claims
    .filter((c) => !c.orphaned && c.start < c.end && c.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.number - b.number);
  const paragraphs: { start: number; end: number }[] = [];
  let from = 0;
  for (const block of text.split("\n\n")) {
    if (block.length > 0) paragraphs.push({ start: from, end: from + block.length });
    from += block.length + 2;
  }
  return paragraphs.map((paragraph) => {
    const inside = (at: number) => at > paragraph.start && at < paragraph.end;
    const edges = placed.flatMap((c) => [c.start, c.end]).filter(inside);
    const points = [...new Set([paragraph.start, paragraph.end, ...edges])].sort((a, b) => a - b);
    return points.slice(0, -1).map((start, i) => {
      const end = points[i + 1];
      const covering = placed.filter((c) => c.start < end && c.end > start);
      const ending = covering.filter((c) => c.end === end || (end === paragraph.end && c.end > end && c.end <= end + 2));
      return `${text.slice(start, end)}|${covering.map((c) => c.number).join(",")}|${ending.map((c) => c.number).join(",")}`;
    });
  });
}

/** A small seeded generator (mulberry32), so a failure names a seed that reproduces it. */
function seededRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

function randomArticle(random: (below: number) => number): { text: string; claims: SpannedClaim[] } {
  const words = ["Le", "ministre", "a", "dit", "« oui »", "3\u202f000\u202f€", "l’œuvre", "hier."];
  const separators = ["\n\n", "\n\n", "\n\n", "\n\n\n", "\n\n\n\n", "\n"];
  const paragraphs = Array.from({ length: 1 + random(8) }, () => Array.from({ length: 1 + random(10) }, () => words[random(words.length)]).join(" "));
  const text = paragraphs.reduce((out, paragraph) => `${out}${separators[random(separators.length)]}${paragraph}`);
  const claims = Array.from({ length: random(25) }, (_, i) => {
    const start = random(text.length + 3);
    // Mostly short spans, some across paragraphs, some empty, reversed or past the end.
    const end = random(4) === 0 ? random(text.length + 3) : start + random(30);
    return makeClaim(i + 1, start, end, random(10) === 0);
  });
  return { text, claims };
}

describe("splitClaimSpans", () => {
  it("nests overlapping claims outermost first and numbers each after the piece it ends with", () => {
    const text = "abcdefghij";
    const paragraphs = splitClaimSpans(text, [makeClaim(2, 2, 5), makeClaim(1, 0, 8), makeClaim(3, 2, 5)]);
    expect(describePieces(paragraphs)).toEqual([["ab|1|", "cde|1,2,3|2,3", "fgh|1|1", "ij||"]]);
  });

  it("carries a claim across paragraphs and numbers it only in the paragraph where it ends", () => {
    const text = "one two\n\nthree four\n\nfive";
    const paragraphs = splitClaimSpans(text, [makeClaim(1, 4, 14)]);
    expect(paragraphs.map((p) => p.start)).toEqual([0, 9, 21]);
    expect(describePieces(paragraphs)).toEqual([["one ||", "two|1|"], ["three|1|1", " four||"], ["five||"]]);
  });

  it("numbers a claim that ends in the blank line after its paragraph, and one ending exactly there", () => {
    const text = "one two\n\nthree";
    const paragraphs = splitClaimSpans(text, [makeClaim(1, 4, 9), makeClaim(2, 0, 7)]);
    expect(describePieces(paragraphs)).toEqual([["one |2|", "two|2,1|2,1"], ["three||"]]);
  });

  it("leaves out orphaned claims, empty spans and spans past the end of the text", () => {
    const text = "one two\n\nthree";
    const paragraphs = splitClaimSpans(text, [makeClaim(1, 0, 3, true), makeClaim(2, 4, 4), makeClaim(3, 9, 20), makeClaim(4, 9, 14)]);
    expect(describePieces(paragraphs)).toEqual([["one two||"], ["three|4|4"]]);
  });

  it("agrees with the rules spelled out claim by claim on random articles", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { text, claims } = randomArticle(seededRandom(seed));
      expect(describePieces(splitClaimSpans(text, claims)), `seed ${seed}`).toEqual(splitClaimSpansByDefinition(text, claims));
    }
  });
});
