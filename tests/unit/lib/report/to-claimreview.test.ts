import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLAIM_REVIEWED_LENGTH, CLAIMREVIEW_VERDICTS, reportToClaimReview } from "@/lib/report/to-claimreview";
import { BASE_URL, makeReportClaim, makeReportModel } from "../../support/report-builders";

type Vocabulary = {
  class_chains: Record<string, string[]>;
  properties_by_class: Record<string, string[]>;
  properties: Record<string, { rangeIncludes: string[] }>;
};
const vocabulary = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../fixtures/claimreview/vocab_subset_from_schema_ttl.json"), "utf8"),
) as Vocabulary;

/** Organization and Person are outside the subset's chains; both are Things. */
const chain = (type: string) => vocabulary.class_chains[type] ?? (type === "Organization" || type === "Person" ? ["Thing"] : ["CreativeWork", "Thing"]);

/**
 * Every property of a JSON-LD node (and of the nodes inside it) is defined on its @type or a parent
 * type in schema.org; returns the misplaced ones as "Type.property".
 */
function unknownProperties(node: Record<string, unknown>): string[] {
  const type = node["@type"] as string;
  const allowed = new Set(chain(type).flatMap((cls) => vocabulary.properties_by_class[cls] ?? []));
  return Object.entries(node).flatMap(([key, value]) => {
    if (key.startsWith("@")) return [];
    const own = allowed.has(key) ? [] : [`${type}.${key}`];
    const nested = typeof value === "object" && value !== null ? unknownProperties(value as Record<string, unknown>) : [];
    return [...own, ...nested];
  });
}

const reviews = reportToClaimReview(makeReportModel());

describe("reportToClaimReview", () => {
  it("gives one ClaimReview per anchored claim, orphaned ones left out", () => {
    expect(reviews.map((r) => r.url)).toEqual([1, 2, 3, 4].map((n) => `${BASE_URL}/articles/7/report#claim-${n}`));
  });

  it("is JSON-LD in the schema.org vocabulary", () => {
    for (const review of reviews) {
      expect(review["@context"]).toBe("https://schema.org");
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.reviewRating["@type"]).toBe("Rating");
      expect(review.itemReviewed["@type"]).toBe("Claim");
      expect(review.itemReviewed.appearance["@type"]).toBe("CreativeWork");
      expect(unknownProperties(review as unknown as Record<string, unknown>)).toEqual([]);
    }
  });

  it("has the required fields, typed", () => {
    const verdictWords = /supported|unsupported|disputed|sourced|unsourced|true|false/i;
    for (const review of reviews) {
      expect(typeof review.claimReviewed).toBe("string");
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(review.claimReviewed.length).toBeLessThanOrEqual(CLAIM_REVIEWED_LENGTH);
      expect(review.claimReviewed).not.toMatch(verdictWords);
      expect(typeof review.reviewRating.alternateName).toBe("string");
      expect(() => new URL(review.url)).not.toThrow();
    }
  });

  it("has the recommended fields", () => {
    const [first] = reviews;
    expect(first.author).toEqual({ "@type": "Organization", name: "Le Vérificateur", url: "https://verif.example.org" });
    expect(first.datePublished).toBe("2026-01-15");
    expect(first.itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Person", name: "Camille Martin" },
      datePublished: "2026-01-14",
      appearance: { "@type": "CreativeWork", url: "https://news.example.org/2026/01/accord-secret", headline: "L’accord « secret » : ce que l’on sait" },
    });
    for (const review of reviews) {
      expect(review.reviewRating).toMatchObject({ bestRating: 3, worstRating: 1, name: review.reviewRating.alternateName });
      expect(review.reviewRating.ratingValue).toBeGreaterThanOrEqual(1);
      expect(review.reviewRating.ratingValue).toBeLessThanOrEqual(3);
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("words the verdicts honestly: sources, not truth", () => {
    expect(reviews.map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingValue])).toEqual([
      ["Supported by a named source", 3],
      ["Unsupported: no verifiable source", 2],
      ["Marked sourced; no source attached", 2],
      ["Disputed by evidence", 1],
    ]);
    for (const verdict of Object.values(CLAIMREVIEW_VERDICTS)) expect(verdict.alternateName).not.toMatch(/\b(true|false|vrai|faux)\b/i);
    expect(reviews[0].reviewRating.description).toMatch(/not whether the claim is true/);
  });

  it("never says a named source supports a claim that has none attached", () => {
    const model = makeReportModel();
    const sourcedWithout = model.claims.filter((c) => !c.orphaned && c.status === "sourced" && c.sources.length === 0);
    const sourcedWith = model.claims.filter((c) => !c.orphaned && c.status === "sourced" && c.sources.length > 0);
    expect(sourcedWithout.length).toBeGreaterThan(0);
    expect(sourcedWith.length).toBeGreaterThan(0);
    const byUrl = new Map(reportToClaimReview(model).map((r) => [r.url, r.reviewRating]));
    const ratingOf = (number: number) => byUrl.get(`${model.reportUrl}#claim-${number}`)!;
    for (const claim of sourcedWithout) {
      expect(ratingOf(claim.number).alternateName).toBe("Marked sourced; no source attached");
      expect(ratingOf(claim.number).alternateName).not.toMatch(/supported by/i);
      // As far as evidence goes it is no better than an unsourced claim.
      expect(ratingOf(claim.number).ratingValue).toBe(CLAIMREVIEW_VERDICTS.unsourced.ratingValue);
    }
    for (const claim of sourcedWith) expect(ratingOf(claim.number)).toMatchObject({ alternateName: "Supported by a named source", ratingValue: 3 });
  });

  it("reads a source that was removed as no source: only the claim's live sources count", () => {
    const model = makeReportModel();
    const withSource = model.claims.find((c) => c.status === "sourced" && c.sources.length > 0)!;
    const stripped = makeReportModel({ claims: model.claims.map((c) => (c.id === withSource.id ? { ...c, sources: [] } : c)) });
    const review = reportToClaimReview(stripped).find((r) => r.url.endsWith(`#claim-${withSource.number}`))!;
    expect(review.reviewRating.alternateName).toBe("Marked sourced; no source attached");
  });

  it("cuts a long quote at a word boundary, with an ellipsis", () => {
    const long = `${"Selon nos sources, ".repeat(30)}fin.`;
    const model = makeReportModel({ claims: [makeReportClaim(long, { id: 1, number: 1 }, long)], article: { ...makeReportModel().article, text: long } });
    const [review] = reportToClaimReview(model);
    expect(review.claimReviewed.length).toBeLessThanOrEqual(CLAIM_REVIEWED_LENGTH);
    expect(review.claimReviewed.endsWith("…")).toBe(true);
    expect(long.startsWith(review.claimReviewed.slice(0, -1))).toBe(true);
    // The cut falls before a space of the original: no word is split.
    expect(long[review.claimReviewed.length - 1]).toBe(" ");
  });

  it("names the claim's author from the byline, else the source's site, else the organisation", () => {
    const article = makeReportModel().article;
    const author = (overrides: Partial<typeof article>) => reportToClaimReview(makeReportModel({ article: { ...article, ...overrides } }))[0].itemReviewed.author;
    expect(author({ byline: "By Sam Lee" })).toEqual({ "@type": "Person", name: "Sam Lee" });
    expect(author({ byline: null })).toEqual({ "@type": "Organization", name: "news.example.org", url: "https://news.example.org" });
    expect(author({ byline: null, sourceUrl: null })).toEqual({ "@type": "Organization", name: "Le Vérificateur", url: "https://verif.example.org" });
  });

  it("leaves the organisation's url out when it has none", () => {
    const [review] = reportToClaimReview(makeReportModel({ organisation: { name: "Desk", url: null } }));
    expect(review.author).toEqual({ "@type": "Organization", name: "Desk" });
  });
});
