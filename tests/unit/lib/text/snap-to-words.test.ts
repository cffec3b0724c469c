import { describe, expect, it } from "vitest";
import { snapToWords } from "@/lib/text/snap-to-words";
import { indexOfFirstSpanFrom, indexOfSpanAt } from "@/lib/text/span-search";

const text = "C’est un véritable cadeau en or, depuis Roissy-Charles de Gaulle.";

function snapped(from: string, to: string) {
  const span = snapToWords(text, text.indexOf(from), text.indexOf(to) + to.length);
  return span && text.slice(span.start, span.end);
}

describe("snapToWords", () => {
  it("widens a drag that starts or ends inside words to whole words", () => {
    expect(snapped("ritable", "cad")).toBe("véritable cadeau");
  });

  it("keeps apostrophes and hyphens inside words", () => {
    expect(snapped("est un", "un")).toBe("C’est un");
    expect(snapped("Charles", "Char")).toBe("Roissy-Charles");
  });

  it("trims surrounding whitespace and leaves punctuation where the drag put it", () => {
    expect(snapped(" en or,", " en or,")).toBe("en or,");
  });

  it("returns null for a whitespace-only drag", () => {
    const space = text.indexOf(" ");
    expect(snapToWords(text, space, space + 1)).toBeNull();
  });

  it("accepts a backwards drag", () => {
    const span = snapToWords(text, text.indexOf("cadeau") + 2, text.indexOf("véritable") + 3);
    expect(span && text.slice(span.start, span.end)).toBe("véritable cadeau");
  });
});

describe("span search", () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 7, end: 12 },
  ];
  it("finds the span holding an offset, or -1 in a gap", () => {
    expect(indexOfSpanAt(spans, 0)).toBe(0);
    expect(indexOfSpanAt(spans, 4)).toBe(0);
    expect(indexOfSpanAt(spans, 5)).toBe(-1);
    expect(indexOfSpanAt(spans, 7)).toBe(1);
    expect(indexOfSpanAt(spans, 12)).toBe(-1);
  });
  it("finds the first span starting at or after an offset", () => {
    expect(indexOfFirstSpanFrom(spans, 0)).toBe(0);
    expect(indexOfFirstSpanFrom(spans, 1)).toBe(1);
    expect(indexOfFirstSpanFrom(spans, 8)).toBe(2);
  });
});
