import type { ArticleSummary, Claim, CommentThread, HistoryEntry, PersonRef, Source } from "../api/dto";
import type { SignOffRecord } from "../articles/sign-off";
import type { ClaimStatus } from "../claims/statuses";

/**
 * Everything a verification report shows, assembled once on the server and rendered by every
 * format (page, HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview). Pure data: builders take it and
 * `now`, so their output is deterministic in tests.
 */
export type ReportModel = {
  article: Omit<ArticleSummary, "progress" | "claimCount"> & {
    /** Canonical text of the current revision. */
    text: string;
    /** Where the article lives (its source URL, else its page in Claimcheck): the W3C target. */
    url: string;
  };
  /** Report page address, for ClaimReview's `url` and links back. */
  reportUrl: string;
  /** Who publishes the fact-check (ClaimReview `author`), configurable. */
  organisation: { name: string; url: string | null };
  figures: {
    sentences: number;
    /** Sentences touched by at least one (anchored) claim. */
    sentencesChecked: number;
    claims: number;
    byStatus: Record<ClaimStatus, number>;
    openThreads: number;
    sourcedWithoutSource: number;
    orphaned: number;
  };
  /**
   * The last sign-off and what it covered; null if the article was never signed off. `reopened`
   * when the review was reopened since; `textChanged` when the current revision is not the signed one.
   */
  signOff: ReportSignOff | null;
  /** Claims in text order (anchored first, then orphaned), numbered from 1 in that order. */
  claims: ReportClaim[];
  /** Set when the report covers only the claims of a filter (e.g. "status: disputed"). */
  filterDescription: string | null;
  generatedAt: string;
  generatedBy: PersonRef | null;
};

export type ReportClaim = Claim & {
  number: number;
  sources: Source[];
  threads: CommentThread[];
  history: HistoryEntry[];
  openThread: boolean;
};

export type ReportSignOff = { record: SignOffRecord; reopened: boolean; textChanged: boolean };
