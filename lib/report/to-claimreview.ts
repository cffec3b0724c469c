import type { ClaimStatus } from "../claims/statuses";
import type { ReportClaim, ReportModel } from "./report-model";
import { shortenAtWord } from "./shorten-at-word";

/** Longest `claimReviewed`: consumers show it as a one-line summary. */
export const CLAIM_REVIEWED_LENGTH = 300;

/**
 * What the evidence of a claim amounts to, for ClaimReview: its status, except that a claim
 * marked sourced with no source attached is told apart — its status alone would overstate it.
 */
export type ClaimReviewVerdict = ClaimStatus | "sourced_without_source";

/**
 * How a verdict reads as a ClaimReview rating. Claimcheck judges whether a claim is backed by a
 * verifiable source, not whether it is true, so the wording says exactly that and never "True" or
 * "False": a sourced claim can still be wrong, an unsourced one can be right. The numbers only
 * order the verdicts (3 best, 1 worst) for consumers that want a scale; a claim marked sourced
 * with no source attached rates as one without a source, since that is all the record shows.
 */
export const CLAIMREVIEW_VERDICTS: Record<ClaimReviewVerdict, { alternateName: string; ratingValue: 1 | 2 | 3 }> = {
  sourced: { alternateName: "Supported by a named source", ratingValue: 3 },
  sourced_without_source: { alternateName: "Marked sourced; no source attached", ratingValue: 2 },
  unsourced: { alternateName: "Unsupported: no verifiable source", ratingValue: 2 },
  disputed: { alternateName: "Disputed by evidence", ratingValue: 1 },
};

/** The verdict a claim's record supports: "sourced" only with at least one live source attached. */
export function claimReviewVerdict(claim: Pick<ReportClaim, "status" | "sources">): ClaimReviewVerdict {
  return claim.status === "sourced" && claim.sources.length === 0 ? "sourced_without_source" : claim.status;
}

const RATING_DESCRIPTION = "Rates the evidence for the claim (a named source backs it, none is given or attached, or evidence disputes it), not whether the claim is true.";

type Party = { "@type": "Organization" | "Person"; name: string; url?: string };

/** One claim as schema.org ClaimReview JSON-LD. */
export type ClaimReviewJsonLd = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: Party & { "@type": "Organization" };
  reviewRating: { "@type": "Rating"; alternateName: string; name: string; ratingValue: number; bestRating: 3; worstRating: 1; description: string };
  itemReviewed: { "@type": "Claim"; author: Party; datePublished: string; appearance: { "@type": "CreativeWork"; url: string; headline: string } };
};

function organisation(model: ReportModel): Party & { "@type": "Organization" } {
  const { name, url } = model.organisation;
  return { "@type": "Organization", name, ...(url ? { url } : {}) };
}

/**
 * Who made the claims: the article's byline as a Person when there is one (a byline is free text,
 * so "AFP" would also come out as a Person — the common case in a newsroom is a journalist's
 * name); else the publication, named after the host of the article's source URL; else, for an
 * article that lives only in Claimcheck, the organisation itself (it is checking its own copy).
 */
function claimAuthor(model: ReportModel): Party {
  const { byline, sourceUrl } = model.article;
  const name = byline?.replace(/^\s*(?:par|by)\s+/i, "").trim();
  if (name) return { "@type": "Person", name };
  if (sourceUrl) {
    const url = new URL(sourceUrl);
    return { "@type": "Organization", name: url.hostname.replace(/^www\./, ""), url: url.origin };
  }
  return organisation(model);
}

function review(claim: ReportClaim, model: ReportModel): ClaimReviewJsonLd {
  const verdict = CLAIMREVIEW_VERDICTS[claimReviewVerdict(claim)];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${model.reportUrl}#claim-${claim.number}`,
    claimReviewed: shortenAtWord(claim.quote.exact, CLAIM_REVIEWED_LENGTH),
    datePublished: claim.updatedAt.slice(0, 10),
    author: organisation(model),
    reviewRating: {
      "@type": "Rating",
      alternateName: verdict.alternateName,
      name: verdict.alternateName,
      ratingValue: verdict.ratingValue,
      bestRating: 3,
      worstRating: 1,
      description: RATING_DESCRIPTION,
    },
    itemReviewed: {
      "@type": "Claim",
      author: claimAuthor(model),
      datePublished: model.article.createdAt.slice(0, 10),
      appearance: { "@type": "CreativeWork", url: model.article.url, headline: model.article.title },
    },
  };
}

/**
 * One schema.org ClaimReview (JSON-LD) per anchored claim, in report order; orphaned claims are
 * left out (their text is no longer in the article, so there is nothing to point a reader to).
 * Fields follow what fact-check consumers require — `claimReviewed` (the quote, whitespace
 * collapsed, cut at a word boundary to at most 300 characters with "…", no verdict in it),
 * `reviewRating.alternateName`, `url` (`<report>#claim-<number>`) — and recommend: `author` (the
 * organisation), `datePublished` (the day the claim was last changed), and `itemReviewed`, a Claim
 * with its author (see `claimAuthor`), the article's creation day and its `appearance`. Verdicts:
 * {@link CLAIMREVIEW_VERDICTS}.
 */
export function reportToClaimReview(model: ReportModel): ClaimReviewJsonLd[] {
  return model.claims.filter((claim) => !claim.orphaned).map((claim) => review(claim, model));
}
