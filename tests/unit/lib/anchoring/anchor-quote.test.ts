import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, it, expect } from "vitest";

import {
  anchorQuote,
  describeQuote,
  DEFAULT_MIN_ANCHOR_SCORE,
  MAX_FULL_SEARCH_QUOTE_LENGTH,
} from "@/lib/anchoring";

const article = readFileSync(
  fileURLToPath(new URL("../../../fixtures/article-fr.txt", import.meta.url)),
  "utf8",
);

type Range = [start: number, end: number];

/** Ranges matched by `re` in `text` (offset by `base`), trimmed of whitespace, at least `min` long. */
function ranges(text: string, re: RegExp, min: number, base = 0): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(re)) {
    let s = m.index ?? 0;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e - s >= min) out.push([base + s, base + e]);
  }
  return out;
}

const paragraphs = ranges(article, /[^\n]+/g, 1);
const sentences = ranges(article, /[^.!?…\n]+(?:[.!?…]+|$)/gm, 3);
const clauses = sentences.flatMap(([s, e]) => ranges(article.slice(s, e), /[^,;:()]+/g, 12, s));
const words = ranges(article, /[\p{L}’-]{4,}/gu, 4);
const label = ([s, e]: Range) => `[${s}, ${e}) ${JSON.stringify(article.slice(s, e).slice(0, 40))}`;

/** Replaces the characters at the given offsets of `s` (relative to `from`) with a different letter. */
function withTypos(s: string, from: number, offsets: number[]): string {
  const chars = s.split("");
  for (const o of offsets) chars[from + o] = chars[from + o] === "x" ? "z" : "x";
  return chars.join("");
}

/** Interior offsets (never the first or last character) for `n` typos in a quote of `length`. */
const typoOffsets = (length: number, n: number) =>
  Array.from({ length: n }, (_, i) => Math.floor(((i + 1) * length) / (n + 1)));

/** Every start offset of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

describe("anchorQuote — round trip on the demo article", () => {
  it("finds sentence-ish substrings of every size", () => {
    expect(paragraphs).toHaveLength(3);
    expect(sentences.length).toBeGreaterThanOrEqual(10);
    expect(clauses.length).toBeGreaterThan(sentences.length);
    expect(words.length).toBeGreaterThan(150);
  });

  describe.each([
    ["paragraph", paragraphs],
    ["sentence", sentences],
    ["clause", clauses],
    ["word", words],
  ] as const)("every %s", (_kind, list) => {
    it.each(list.map((r) => [label(r), r] as const))("%s lands on the same offsets", (_l, [s, e]) => {
      const quote = describeQuote(article, s, e);
      expect(anchorQuote(article, quote, { hint: s })).toEqual({ start: s, end: e, score: 1 });
      // Without the hint, the context alone must single out the right occurrence.
      expect(anchorQuote(article, quote)).toEqual({ start: s, end: e, score: 1 });
    });
  });
});

describe("anchorQuote — edited quote", () => {
  // 3 typos in "Alger." would be half the quote, not typos: short sentences are covered below.
  const typoSentences = sentences.filter(([s, e]) => e - s >= 20);

  it.each(typoSentences.map((r) => [label(r), r] as const))(
    "%s still anchors with 1–3 typos, with a score below 1",
    (_l, [s, e]) => {
      const quote = describeQuote(article, s, e);
      for (const n of [1, 2, 3]) {
        const edited = withTypos(article, s, typoOffsets(e - s, n));
        const anchor = anchorQuote(edited, quote, { hint: s });
        expect(anchor, `${n} typos`).not.toBeNull();
        expect(anchor).toMatchObject({ start: s, end: e });
        expect(anchor!.score).toBeLessThan(1);
        expect(anchor!.score).toBeGreaterThanOrEqual(DEFAULT_MIN_ANCHOR_SCORE);
        // The stale hint is not needed: context and quote suffice.
        expect(anchorQuote(edited, quote)).toMatchObject({ start: s, end: e });
      }
    },
  );

  it("follows a deleted and an inserted character", () => {
    const s = article.indexOf("Il avait émis le souhait");
    const e = article.indexOf("françaises.", s) + "françaises.".length;
    const quote = describeQuote(article, s, e);
    const deleted = article.slice(0, s + 10) + article.slice(s + 11);
    expect(anchorQuote(deleted, quote, { hint: s })).toMatchObject({ start: s, end: e - 1 });
    const inserted = article.slice(0, s + 10) + "x" + article.slice(s + 10);
    expect(anchorQuote(inserted, quote, { hint: s })).toMatchObject({ start: s, end: e + 1 });
  });

  it("anchors a short quote edited in place even when exact copies exist elsewhere", () => {
    // "Alger" appears six times; the hinted one became "Algér" (a typo), the
    // other five are unrelated mentions with different context.
    const at = occurrences(article, "Alger");
    expect(at).toHaveLength(6);
    const s = at[2];
    const quote = describeQuote(article, s, s + 5);
    const edited = article.slice(0, s) + "Algér" + article.slice(s + 5);
    const anchor = anchorQuote(edited, quote, { hint: s });
    expect(anchor).toMatchObject({ start: s, end: s + 5 });
    expect(anchor!.score).toBeLessThan(1);
  });

  it("anchors an in-place rewrite that keeps ≥ 80 % of the quote, with a lowered score", () => {
    // At the string level a changed figure looks like a typo; the caller can
    // flag any anchor with score < 1 (or compare exact) as "text changed".
    const before = "Les faits sont établis. ";
    const after = " Une enquête est ouverte.";
    const original = `${before}Le ministre a confirmé 12 arrestations à Lyon.${after}`;
    const quote = describeQuote(original, before.length, original.length - after.length);
    const rewritten = `${before}Le ministre a confirmé 40 arrestations à Nice.${after}`;
    const anchor = anchorQuote(rewritten, quote, { hint: before.length });
    expect(anchor).toMatchObject({ start: before.length, end: rewritten.length - after.length });
    expect(anchor!.score).toBeLessThan(0.95);
  });
});

describe("anchorQuote — changed context", () => {
  const s = article.indexOf("L’espion russe et agent");
  const e = article.indexOf("au Sahel.", s) + "au Sahel.".length;
  const quote = describeQuote(article, s, e);
  const filler = "Une phrase toute neuve a été ajoutée ici par la rédaction. ";

  it("anchors when the text before the quote changed", () => {
    const edited = article.slice(0, s - 40) + filler + article.slice(s);
    const start = s - 40 + filler.length;
    const anchor = anchorQuote(edited, quote, { hint: s });
    expect(anchor).toMatchObject({ start, end: start + (e - s) });
    expect(anchor!.score).toBeLessThan(0.9);
    expect(anchor!.score).toBeGreaterThanOrEqual(DEFAULT_MIN_ANCHOR_SCORE);
  });

  it("anchors when the text after the quote changed", () => {
    const edited = article.slice(0, e) + " " + filler + article.slice(e + 40);
    const anchor = anchorQuote(edited, quote, { hint: s });
    expect(anchor).toMatchObject({ start: s, end: e });
    expect(anchor!.score).toBeLessThan(0.9);
  });

  it("orphans by default when both sides changed, unless minScore is lowered", () => {
    const edited = article.slice(0, s - 40) + filler + quote.exact + " " + filler + article.slice(e + 40);
    const start = s - 40 + filler.length;
    expect(anchorQuote(edited, quote, { hint: s })).toBeNull();
    expect(anchorQuote(edited, quote, { hint: s, minScore: 0.6 })).toMatchObject({
      start,
      end: start + (e - s),
    });
  });
});

describe("anchorQuote — repeated quotes", () => {
  it.each(["les services secrets algériens", "Alger", "services français", "Wagner"])(
    "context picks the right occurrence of %j, even against a misleading hint",
    (needle) => {
      const at = occurrences(article, needle);
      expect(at.length).toBeGreaterThanOrEqual(2);
      at.forEach((s, i) => {
        const quote = describeQuote(article, s, s + needle.length);
        const misleading = at[(i + 1) % at.length];
        expect(anchorQuote(article, quote)).toMatchObject({ start: s });
        expect(anchorQuote(article, quote, { hint: misleading })).toMatchObject({ start: s });
      });
    },
  );

  it("the hint picks the nearest occurrence when the context is ambiguous", () => {
    const paragraph = article.slice(...paragraphs[1]);
    const text = [paragraph, paragraph, paragraph].join("\n\n");
    const offsetInParagraph = paragraph.indexOf("Il avait émis");
    const length = "Il avait émis le souhait de s’exiler en France".length;
    const copies = [0, 1, 2].map((k) => k * (paragraph.length + 2) + offsetInParagraph);
    const quote = describeQuote(text, copies[1], copies[1] + length);

    copies.forEach((start) => {
      expect(anchorQuote(text, quote, { hint: start })).toEqual({ start, end: start + length, score: 1 });
      expect(anchorQuote(text, quote, { hint: start + 25 })).toMatchObject({ start });
    });
    // No hint: identical candidates, the first one wins (deterministic).
    expect(anchorQuote(text, quote)).toMatchObject({ start: copies[0] });
  });
});

describe("anchorQuote — shifted text", () => {
  const intro = "Mise à jour : cet article a été complété le 3 octobre.\n\n";

  it.each(sentences.map((r) => [label(r), r] as const))(
    "%s is found after a paragraph was inserted above it (stale hint)",
    (_l, [s, e]) => {
      const quote = describeQuote(article, s, e);
      const anchor = anchorQuote(intro + article, quote, { hint: s });
      expect(anchor).toMatchObject({ start: s + intro.length, end: e + intro.length });
      expect(anchor!.score).toBeLessThan(1);
      // The first sentence was stored with an empty prefix ("start of text"):
      // a whole paragraph now precedes it, so its prefix no longer agrees.
      expect(anchor!.score).toBeGreaterThan(s === 0 ? DEFAULT_MIN_ANCHOR_SCORE : 0.98);
    },
  );

  it("shifts by 2 UTF-16 units when a non-BMP emoji is inserted at the top", () => {
    for (const [s, e] of sentences) {
      const quote = describeQuote(article, s, e);
      const anchor = anchorQuote("🚨" + article, quote, { hint: s });
      expect(anchor).toMatchObject({ start: s + 2, end: e + 2 });
    }
  });

  it("handles '🚨 ' inserted right before the quote (3 units, context touched)", () => {
    for (const [s, e] of sentences) {
      const quote = describeQuote(article, s, e);
      const edited = article.slice(0, s) + "🚨 " + article.slice(s);
      const anchor = anchorQuote(edited, quote, { hint: s });
      expect(anchor).toMatchObject({ start: s + 3, end: e + 3 });
      expect(edited.slice(anchor!.start, anchor!.end)).toBe(quote.exact);
    }
  });

  it("anchors quotes that contain emoji themselves", () => {
    const text = "Flash 🚨 : Alger confirme 🚨 l’accord. Suite de l’article.";
    const s = text.indexOf("Alger");
    const e = text.indexOf(" Suite");
    const quote = describeQuote(text, s, e);
    const shifted = "😀😀 " + text;
    expect(anchorQuote(shifted, quote, { hint: s })).toMatchObject({ start: s + 5, end: e + 5 });
    const typo = shifted.replace("confirme", "confirmé");
    expect(anchorQuote(typo, quote, { hint: s })).toMatchObject({ start: s + 5, end: e + 5 });
  });
});

describe("anchorQuote — no convincing match", () => {
  it("returns null for a look-alike sentence", () => {
    const original = "Le ministre a confirmé 12 arrestations à Lyon.";
    const quote = describeQuote(original, 0, original.length);
    const lookAlike = "Le préfet a démenti 40 interpellations à Nice.";
    expect(anchorQuote(lookAlike, quote)).toBeNull();
    expect(anchorQuote(lookAlike, quote, { hint: 0, minScore: 0 })).toBeNull();
    expect(anchorQuote(lookAlike, { exact: original })).toBeNull();
  });

  it("returns null when only a same-structure sentence with other figures remains elsewhere", () => {
    const claim = "Le ministre a confirmé 12 arrestations à Lyon. ";
    const p2 = article.indexOf("Il avait émis");
    const original = article.slice(0, p2) + claim + article.slice(p2);
    const quote = describeQuote(original, p2, p2 + claim.length - 1);

    const lookAlike = "Le ministre a confirmé 40 arrestations à Nice. ";
    const p3 = article.indexOf("Il est fini");
    const edited = article.slice(0, p3) + lookAlike + article.slice(p3);
    expect(anchorQuote(edited, quote, { hint: p2 })).toBeNull();
    expect(anchorQuote(edited, quote)).toBeNull();
  });

  it("does not move a deleted short quote onto a repeated phrase with half-similar context", () => {
    // "les services secrets algériens" recurs; remove the first "services":
    // the copy at the second occurrence shares the suffix " secrets algériens"
    // but not the prefix, which is not enough for an 8-character quote.
    const s = article.indexOf("services");
    const quote = describeQuote(article, s, s + "services".length);
    const edited = article.slice(0, s) + "agents" + article.slice(s + "services".length);
    expect(edited.indexOf("les services secrets algériens")).toBeGreaterThan(s);
    expect(anchorQuote(edited, quote, { hint: s })).toBeNull();
    expect(anchorQuote(edited, quote)).toBeNull();
  });

  it.each(sentences.map((r) => [label(r), r] as const))("returns null once %s is deleted", (_l, [s, e]) => {
    const quote = describeQuote(article, s, e);
    const edited = article.slice(0, s) + article.slice(e);
    expect(anchorQuote(edited, quote, { hint: s })).toBeNull();
  });

  it("returns null for an empty quote or an empty text", () => {
    expect(anchorQuote(article, { exact: "" })).toBeNull();
    expect(anchorQuote("", { exact: "Alger" })).toBeNull();
  });

  it("always requires the quote itself to be similar, whatever minScore", () => {
    const quote = describeQuote(article, sentences[0][0], sentences[0][1]);
    const mangled = withTypos(article, sentences[0][0], typoOffsets(quote.exact.length, 30));
    expect(anchorQuote(mangled, quote, { hint: 0, minScore: 0 })).toBeNull();
  });

  it("honours a stricter minScore", () => {
    const [s, e] = sentences[3];
    const quote = describeQuote(article, s, e);
    const edited = withTypos(article, s, [5]);
    expect(anchorQuote(edited, quote, { hint: s })).not.toBeNull();
    expect(anchorQuote(edited, quote, { hint: s, minScore: 1 })).toBeNull();
  });
});

describe("anchorQuote — options and long quotes", () => {
  it("ignores unusable hints", () => {
    const [s, e] = sentences[2];
    const quote = describeQuote(article, s, e);
    for (const hint of [Number.NaN, Number.POSITIVE_INFINITY, -50, 1e9]) {
      expect(anchorQuote(article, quote, { hint })).toMatchObject({ start: s, end: e });
    }
  });

  it("works without stored context", () => {
    const [s, e] = sentences[4];
    expect(anchorQuote(article, { exact: article.slice(s, e) })).toEqual({ start: s, end: e, score: 1 });
  });

  describe(`quotes longer than ${MAX_FULL_SEARCH_QUOTE_LENGTH} characters`, () => {
    const s = paragraphs[1][0];
    const e = paragraphs[2][1];
    const quote = describeQuote(article, s, e);
    const intro = "Chapeau ajouté après publication.\n\n";

    it("is long enough to take the bounded path", () => {
      expect(e - s).toBeGreaterThan(MAX_FULL_SEARCH_QUOTE_LENGTH);
    });

    it("anchors with typos and a stale hint", () => {
      const edited = intro + withTypos(article, s, typoOffsets(e - s, 6));
      const anchor = anchorQuote(edited, quote, { hint: s });
      expect(anchor).toMatchObject({ start: s + intro.length, end: e + intro.length });
      expect(anchor!.score).toBeLessThan(1);
    });

    it("anchors via its stored context when its own first and last words changed", () => {
      const typos = [0, 1, 2, e - s - 3, e - s - 2, ...typoOffsets(e - s, 4)];
      const edited = intro + withTypos(article, s, typos);
      expect(anchorQuote(edited, quote)).toMatchObject({ start: s + intro.length, end: e + intro.length });
    });

    it("returns null when nothing locates it (documented limitation)", () => {
      const typos = [0, 1, 2, e - s - 3, e - s - 2, ...typoOffsets(e - s, 4)];
      const edited = intro + withTypos(article, s, typos);
      expect(anchorQuote(edited, { exact: quote.exact })).toBeNull();
    });

    // Speed is measured in the benchmark, not here; this checks the bounded search still answers.
    it("answers null on a long text with no match", () => {
      const longText = Array.from({ length: 80 }, (_, i) => `${i}. ${article}`).join("\n\n");
      const missing = { exact: quote.exact.split("").reverse().join(""), prefix: "", suffix: "" };
      expect(anchorQuote(longText, missing, { hint: 5000 })).toBeNull();
    });
  });
});
