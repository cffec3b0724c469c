import type { SentenceCoverage } from "../claims/sentence-coverage";

/** What an admin sees before signing an article off, computed from one revision's text and claims. */
export type SignOffFigures = {
  /** The revision whose text is being signed. */
  revision: number;
  /** Sentences of that revision, how many carry a claim, per most serious status. */
  coverage: SentenceCoverage;
  /** Claims marked sourced that have no source attached. */
  sourcedWithoutSource: number;
  /** Comment threads still open; a sign-off needs 0. */
  openThreads: number;
};

/** Why a sign-off deserves a second look: untagged sentences, or "sourced" claims without a source. */
export const SIGN_OFF_GAPS = ["coverage", "sourced_without_source"] as const;
export type SignOffGap = (typeof SIGN_OFF_GAPS)[number];

/**
 * What was signed: the figures at that moment, who signed, when, and the gaps they confirmed.
 * Kept on the article while it is verified and in the sign-off event for good.
 */
export type SignOffRecord = SignOffFigures & {
  signedBy: { id: string; name: string };
  signedAt: string;
  confirmedGaps: SignOffGap[];
};

/** The gaps in a set of figures, in a fixed order; empty when the article is fully covered and sourced. */
export function signOffGaps(figures: SignOffFigures): SignOffGap[] {
  const gaps: SignOffGap[] = [];
  if (figures.coverage.tagged < figures.coverage.sentences) gaps.push("coverage");
  if (figures.sourcedWithoutSource > 0) gaps.push("sourced_without_source");
  return gaps;
}

/** Share of sentences tagged, 0–100, rounded down so 99.6 % never reads as 100 %. */
export function coveragePercent(coverage: SentenceCoverage): number {
  return coverage.sentences === 0 ? 100 : Math.floor((coverage.tagged / coverage.sentences) * 100);
}

/** Reads a sign-off record stored as JSON (article column or event payload), or null if it is not one. */
export function asSignOffRecord(value: unknown): SignOffRecord | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Partial<SignOffRecord>;
  return typeof record.revision === "number" && typeof record.coverage === "object" && record.coverage !== null && typeof record.signedAt === "string" ? (record as SignOffRecord) : null;
}
