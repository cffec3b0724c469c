import { describe, it, expect } from "vitest";

import { describeQuote, QUOTE_CONTEXT_LENGTH } from "@/lib/anchoring";

/** True when the string contains a high or low surrogate without its other half. */
function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

describe("describeQuote", () => {
  const text =
    "C’est un véritable cadeau en or que viennent d’offrir les services secrets algériens à leurs homologues français.";

  it("returns the exact text with 32 characters of context on each side", () => {
    const start = text.indexOf("viennent");
    const end = start + "viennent d’offrir".length;
    const quote = describeQuote(text, start, end);
    expect(quote.exact).toBe("viennent d’offrir");
    expect(QUOTE_CONTEXT_LENGTH).toBe(32);
    expect(quote.prefix).toBe(text.slice(start - 32, start));
    expect(quote.prefix).toHaveLength(32);
    expect(quote.prefix.endsWith("cadeau en or que ")).toBe(true);
    expect(quote.suffix).toBe(text.slice(end, end + 32));
    expect(quote.suffix).toHaveLength(32);
  });

  it("shortens the context at the edges of the text", () => {
    expect(describeQuote(text, 0, 5)).toEqual({
      exact: "C’est",
      prefix: "",
      suffix: text.slice(5, 37),
    });
    const last = describeQuote(text, text.length - 9, text.length);
    expect(last).toEqual({
      exact: "français.",
      prefix: text.slice(text.length - 41, text.length - 9),
      suffix: "",
    });
    expect(describeQuote("abc", 1, 2)).toEqual({ exact: "b", prefix: "a", suffix: "c" });
  });

  it("describes the whole text with empty context", () => {
    expect(describeQuote(text, 0, text.length)).toEqual({ exact: text, prefix: "", suffix: "" });
  });

  it("drops the lone low surrogate when the prefix would start inside an emoji", () => {
    // "🚨" occupies indices 1–2; start − 32 = 2 lands on its second half.
    const t = "x🚨" + "y".repeat(31) + "QUOTE rest";
    const start = t.indexOf("QUOTE");
    expect(start - QUOTE_CONTEXT_LENGTH).toBe(2);
    const quote = describeQuote(t, start, start + 5);
    expect(quote.prefix).toBe("y".repeat(31));
    expect(hasLoneSurrogate(quote.prefix)).toBe(false);
  });

  it("drops the lone high surrogate when the suffix would end inside an emoji", () => {
    // The suffix window ends at index 37, between the two halves of "🚨".
    const t = "QUOTE" + "y".repeat(31) + "🚨z";
    const quote = describeQuote(t, 0, 5);
    expect(quote.suffix).toBe("y".repeat(31));
    expect(hasLoneSurrogate(quote.suffix)).toBe(false);
  });

  it("keeps emoji that fit entirely in the context", () => {
    const t = "Flash 🚨 Alger confirme 🚨 fin";
    const start = t.indexOf("Alger");
    const quote = describeQuote(t, start, start + "Alger confirme".length);
    expect(quote).toEqual({ exact: "Alger confirme", prefix: "Flash 🚨 ", suffix: " 🚨 fin" });
  });

  it("never produces lone surrogates for ranges on character boundaries", () => {
    const t = "🚨a🚨🚨 b 😀c".repeat(12);
    const boundaries = [...t].reduce<number[]>((acc, ch) => [...acc, acc[acc.length - 1] + ch.length], [0]);
    for (const start of boundaries) {
      for (const end of boundaries) {
        if (end <= start) continue;
        const quote = describeQuote(t, start, end);
        expect(hasLoneSurrogate(quote.prefix + quote.exact + quote.suffix)).toBe(false);
        expect(quote.prefix.length).toBeLessThanOrEqual(QUOTE_CONTEXT_LENGTH);
        expect(quote.suffix.length).toBeLessThanOrEqual(QUOTE_CONTEXT_LENGTH);
        expect(t.slice(start - quote.prefix.length, end + quote.suffix.length)).toBe(
          quote.prefix + quote.exact + quote.suffix,
        );
      }
    }
  });

  it.each([
    ["a negative start", -1, 3],
    ["an end past the text", 0, 4],
    ["an empty range", 2, 2],
    ["a reversed range", 3, 1],
    ["a NaN offset", Number.NaN, 2],
    ["a fractional offset", 0.5, 2],
  ])("throws a RangeError for %s", (_label, start, end) => {
    expect(() => describeQuote("abc", start, end)).toThrow(RangeError);
  });
});
