import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, it, expect } from "vitest";

import { DEFAULT_MIN_ANCHOR_SCORE, describeQuote, reanchorClaim, reanchorClaims } from "@/lib/anchoring";

const article = readFileSync(fileURLToPath(new URL("../../../fixtures/article-fr.txt", import.meta.url)), "utf8");
const [p1, p2, p3] = article.split("\n\n");
const sentences = [...article.matchAll(/[^.!?…\s][^.!?…\n]*(?:[.!?…]+|$)/gm)].map((m) => [m.index, m.index + m[0].length] as const);

const EMIS = "Il avait émis le souhait de s’exiler en France et de se rendre aux autorités françaises.";
const ESPION = "L’espion russe et agent de Wagner était en mission à Alger et devait préparer des missions d’intervention du groupe Wagner au Sahel.";
const ALGER_ENTEND = "Alger entend bel et bien faire de son rapprochement avec Paris un axe stratégique";
const REPEATED = "les services secrets algériens";

/** A claim on the `occurrence`-th copy of `phrase` in `text`, stored the way the server stores it (throws if absent). */
function claimOn(text: string, phrase: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(phrase, start + 1);
  return { start, end: start + phrase.length, quote: describeQuote(text, start, start + phrase.length) };
}

describe("reanchorClaim — realistic edits of the demo article", () => {
  it("keeps every sentence of an unchanged text where it was, with score 1", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(10);
    const claims = sentences.map(([start, end], id) => ({ id, start, end, quote: describeQuote(article, start, end) }));
    expect([...reanchorClaims(article, claims).entries()]).toEqual(claims.map(({ id, ...c }) => [id, { outcome: "kept", ...c, score: 1 }]));
  });

  it("requotes a claim whose typo was fixed: the stored quote takes the new wording", () => {
    const typo = article.replace("les services français depuis", "les servises français depuis");
    const claim = claimOn(typo, "Il avait entamé les contacts avec les servises français depuis… Alger.");
    const r = reanchorClaim(article, claim);
    expect(r).toMatchObject({ outcome: "requoted", start: claim.start, quote: describeQuote(article, claim.start, claim.end) });
    expect([r.quote.exact.includes("les services français"), r.score > DEFAULT_MIN_ANCHOR_SCORE && r.score < 1]).toEqual([true, true]);
    // "Selon" losing its "S" ties with a match that starts on the "\n" before it; the claim never does.
    const selon = claimOn(article, "Selon nos sources, cette opération");
    const cut = reanchorClaim(article.replace("Selon nos", "elon nos"), selon);
    expect(cut).toMatchObject({ outcome: "requoted", start: selon.start, quote: { exact: "elon nos sources, cette opération" } });
  });

  it("moves claims after an inserted sentence by its length, and keeps those before it", () => {
    const added = "Une source proche du dossier l’a confirmé. ";
    const edited = article.replace(ESPION, added + ESPION);
    expect(reanchorClaim(edited, claimOn(article, p1)).outcome).toBe("kept");
    for (const { start, end, quote } of [claimOn(article, EMIS), claimOn(article, ALGER_ENTEND)]) {
      const shifted = { start: start + added.length, end: end + added.length, quote: { exact: quote.exact } };
      expect(reanchorClaim(edited, { start, end, quote })).toMatchObject({ outcome: "moved", ...shifted });
    }
  });

  it("moves the claims of two swapped paragraphs, a short one opening a paragraph included", () => {
    const edited = [p1, p3, p2].join("\n\n");
    for (const phrase of [ESPION, ALGER_ENTEND, "Les services algériens", "Selon nos sources"]) {
      const r = reanchorClaim(edited, claimOn(article, phrase));
      expect([r.outcome, r.start, edited.slice(r.start, r.end)]).toEqual(["moved", edited.indexOf(phrase), phrase]);
    }
    expect(reanchorClaim(edited, claimOn(article, p1)).outcome).toBe("kept");
  });

  it("follows a short claim whose text before it was deleted, as its suffix is intact", () => {
    const claim = claimOn(article, "Il avait émis le souhait");
    const moved = { outcome: "moved", start: claim.start - ESPION.length - 1 };
    expect(reanchorClaim(article.replace(`${ESPION} `, ""), claim)).toMatchObject(moved);
    // The stored prefix "Exclusif : " (11 characters) weighs as much as a 32-character suffix,
    // so the teaser outscores the real lead once the kicker is gone, then fails the short-quote floor.
    const teaser = "\n\nÀ lire aussi. Exclusif : C’est un véritable cadeau pour Paris.";
    const lead = claimOn(`Exclusif : ${article}${teaser}`, "C’est un véritable cadeau");
    expect(reanchorClaim(article + teaser, lead)).toMatchObject({ outcome: "moved", start: 0 });
  });

  it("orphans a claim whose sentence was deleted, keeping its offsets and quote", () => {
    for (const claim of [claimOn(article, EMIS), claimOn(article, "s’exiler en France")]) {
      const r = reanchorClaim(article.replace(`${EMIS} `, ""), claim);
      expect(r).toEqual({ outcome: "orphaned", ...claim, score: 0 });
      expect(r.quote).not.toBe(claim.quote); // a copy: the caller may mutate either
    }
  });

  it("never moves a repeated phrase onto another occurrence once its own sentence is gone", () => {
    [0, 1, 2].forEach((i) => {
      const claim = claimOn(article, REPEATED, i);
      const [s, e] = sentences.find(([s, e]) => s <= claim.start && claim.end <= e)!;
      const edited = article.slice(0, s) + article.slice(e);
      expect(edited.split(REPEATED)).toHaveLength(3);
      expect(reanchorClaim(edited, claim).outcome, `occurrence ${i}`).toBe("orphaned");
    });
  });

  it("keeps a repeated phrase on its own occurrence when an earlier copy is shifted onto its old offsets", () => {
    const claim = claimOn(article, REPEATED, 2);
    // A new opening paragraph exactly long enough to push copy #0 onto the claim's old offsets.
    const intro = "Mise à jour. ".repeat(80).slice(0, claim.start - article.indexOf(REPEATED) - 2) + "\n\n";
    const edited = intro + article;
    expect(edited.slice(claim.start, claim.end)).toBe(REPEATED);
    const own = { outcome: "moved", start: claim.start + intro.length, quote: { prefix: claim.quote.prefix } };
    expect(reanchorClaim(edited, claim)).toMatchObject(own);
  });

  it("counts UTF-16 units: an emoji shifts a claim by 2, accents by their code units", () => {
    const claim = claimOn(article, EMIS);
    expect(reanchorClaim("🚨 " + article, claim)).toMatchObject({ outcome: "moved", start: claim.start + 3 });
    // 21 code points; each emoji takes 2 units, a decomposed "é" (e + U+0301) 2 code points.
    const accents = "🚨🚨 Révélé, e\u0301tabli : ";
    expect([[...accents].length, accents.length]).toEqual([21, 23]);
    const moved = { outcome: "moved", start: claim.start + 23, end: claim.end + 23 };
    expect(reanchorClaim(article.replace(EMIS, accents + EMIS), claim)).toMatchObject(moved);
  });

  it("moves a claim when only the whitespace around it changed", () => {
    const claim = claimOn(article, EMIS);
    expect(reanchorClaim(article.replace(` ${EMIS} `, `   ${EMIS}\n\n`), claim)).toMatchObject({ outcome: "moved", start: claim.start + 2, end: claim.end + 2 });
    // Selected with its trailing space, which a new paragraph break then replaced.
    const withSpace = claimOn(article, `${EMIS} `);
    const r = reanchorClaim(article.replace(`${EMIS} `, `${EMIS}\n\n`), withSpace);
    expect([r.outcome, r.start, r.quote.exact.trim()]).toEqual(["moved", withSpace.start, EMIS]);
  });
});

describe("reanchorClaim — options and odd input", () => {
  it("passes the hint on, clamped into the new text", () => {
    const claim = claimOn(article, "Il est fini le temps où la France était honnie");
    const shortened = [p1, p3].join("\n\n");
    expect(claim.start).toBeGreaterThan(shortened.length);
    expect(reanchorClaim(shortened, claim)).toMatchObject({ outcome: "moved", start: shortened.indexOf(claim.quote.exact) });
    // Between identical copies of a paragraph, the hint (e.g. mapped through a diff) decides.
    const [claim2, twice] = [claimOn(`${p2}\n\n${p2}`, EMIS), `Chapeau. ${p2}\n\n${p2}`];
    expect(reanchorClaim(twice, claim2).start).toBe(twice.indexOf(EMIS));
    expect(reanchorClaim(twice, claim2, { hint: twice.lastIndexOf(EMIS) }).start).toBe(twice.lastIndexOf(EMIS));
  });

  it("passes minScore on; an exact, unique sentence with both neighbours rewritten is found by its words alone", () => {
    const claim = claimOn(article, ESPION);
    const edited = article.replace(/Selon[^]*?français\. /, "Autre chose. ").replace(/ Il avait émis[^]*?françaises\./, " Rien.");
    // The context score alone would orphan it; the unique letter-for-letter match keeps it (score 0.5).
    expect(reanchorClaim(edited, claim)).toMatchObject({ outcome: "moved", start: edited.indexOf(ESPION), score: 0.5 });
    const lowered = reanchorClaim(edited, claim, { minScore: 0.6 });
    expect(lowered).toMatchObject({ outcome: "moved", start: edited.indexOf(ESPION) });
    expect(lowered.score).toBeGreaterThan(0.5);
  });

  it("never throws: empty texts and quotes orphan, unusable offsets fall back on the quote", () => {
    const claim = claimOn(article, EMIS);
    expect(reanchorClaim("", claim)).toMatchObject({ outcome: "orphaned", start: claim.start, quote: claim.quote });
    expect(reanchorClaim(article, { ...claim, quote: { exact: "", prefix: "", suffix: "" } }).outcome).toBe("orphaned");
    for (const [start, end] of [[-5, 3], [1e9, 1e9 + 4], [NaN, NaN], [10, 2], [0.5, 9.5]]) {
      expect(reanchorClaim(article, { ...claim, start, end })).toMatchObject({ outcome: "moved", start: claim.start });
      expect(reanchorClaim("Rien à voir.", { ...claim, start, end })).toMatchObject({ outcome: "orphaned", start });
    }
  });
});

describe("reanchorClaim: a quote whose neighbours were both rewritten", () => {
  const KEPT = "Il avait émis le souhait de s’exiler en France et de se rendre aux autorités françaises.";
  const AFTER = "Il avait entamé les contacts avec les services français depuis… Alger.";
  const claimOn = (phrase: string) => {
    const start = article.indexOf(phrase);
    return { start, end: start + phrase.length, quote: describeQuote(article, start, start + phrase.length) };
  };
  const edited = article.replace(`${AFTER} `, "").replace(KEPT, `Une phrase ajoutée. ${KEPT}`);

  it("finds a long quote letter for letter when it occurs once (sentence inserted before, the next one deleted)", () => {
    const result = reanchorClaim(edited, claimOn(KEPT));
    expect(result.outcome).toBe("moved");
    expect(edited.slice(result.start, result.end)).toBe(KEPT);
  });

  it("does not do so for a long quote that now occurs twice, nor for a short one", () => {
    const twice = edited.replace("Les services algériens ont accepté", `${KEPT} Les services algériens ont accepté`);
    const result = reanchorClaim(twice, claimOn(KEPT));
    expect(result.outcome === "orphaned" || twice.slice(result.start, result.end) === KEPT).toBe(true);
    expect(result.score).not.toBe(0.5);
    expect(reanchorClaim(edited.replace("Il avait émis le souhait", "Il a émis le souhait"), claimOn("de s’exiler en France")).outcome).not.toBe("orphaned");
  });
});
