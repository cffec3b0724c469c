import type { ClaimStatus } from "../claims/statuses";
import type { SentenceCoverage } from "../claims/sentence-coverage";
import type { ProseNodeJSON } from "../text/prose-json";

/** An article as the API and the UI see it. */
export type ArticleSummary = {
  id: number;
  title: string;
  language: string;
  byline: string | null;
  sourceUrl: string | null;
  state: "draft" | "in_review" | "verified";
  revision: number;
  createdAt: string;
  updatedAt: string;
  claimCount: number;
  progress: SentenceCoverage;
};

export type ArticleDetail = ArticleSummary & {
  /** Canonical text of the current revision; claim offsets point into it. */
  text: string;
  /** Tiptap JSON of the current revision. */
  content: ProseNodeJSON;
};

export type Sentence = { index: number; start: number; end: number; text: string };

/** A claim: a span of the article's text with a verdict. */
export type Claim = {
  id: number;
  articleId: number;
  revision: number;
  status: ClaimStatus;
  note: string;
  start: number;
  end: number;
  quote: { exact: string; prefix: string; suffix: string };
  version: number;
  orphaned: boolean;
  /** Who tagged it; null for claims made before accounts existed. */
  author: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
};

/** A person as admins see them on the People page. */
export type Person = { id: string; name: string; email: string; role: "admin" | "journalist" | "reviewer" | "viewer"; createdAt: string };

/** A personal API token as its owner sees it (never the secret, except once at creation). */
export type ApiToken = { id: number; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };
