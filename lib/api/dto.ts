import type { ClaimStatus } from "../claims/statuses";
import type { SentenceCoverage } from "../claims/sentence-coverage";
import type { ProseNodeJSON } from "../text/prose-json";
import type { SignOffRecord } from "../articles/sign-off";

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
  /** Who signed the article off, and when; null unless it is verified. */
  verifiedBy: PersonRef | null;
  verifiedAt: string | null;
  /** What was signed off (revision, figures, who, when); null unless it is verified. */
  signOff: SignOffRecord | null;
  /** Comment threads on its live claims that are neither resolved nor deleted; verifying needs 0. */
  openThreads: number;
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

/**
 * Someone named in a comment, a history entry or a byline. `email` and `role` come with people who
 * have an account (not the system, not former members), so a name alone cannot pass for someone else.
 */
export type PersonRef = { id: string; name: string; email?: string; role?: Person["role"] };

/** One comment of a thread. A deleted comment keeps its place with an empty body. */
export type Comment = {
  id: number;
  claimId: number;
  /** The thread's root comment, or null for a root. */
  parentId: number | null;
  author: PersonRef | null;
  /** Plain text as typed (never HTML); "" when deleted. */
  body: string;
  deleted: boolean;
  edited: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** People @mentioned in the body. */
  mentions: PersonRef[];
};

/** A thread: its root comment, whether it is resolved, and its replies in order. */
export type CommentThread = Comment & {
  resolved: { at: string; by: PersonRef | null } | null;
  replies: Comment[];
};

/** Evidence attached to a claim. */
export type Source = {
  id: number;
  claimId: number;
  url: string;
  title: string;
  excerpt: string;
  note: string;
  addedBy: PersonRef | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** One line of a claim's or an article's history, from the event log. */
export type HistoryEntry = {
  id: number;
  type: string;
  at: string;
  actor: PersonRef | null;
  claimId: number | null;
  /** Human-readable, e.g. 'changed the status from unsourced to disputed'. */
  summary: string;
  /**
   * The claim's quote at the moment of the event, from the event's own record; null for an
   * article-level event or an older event that did not record it ("quote not recorded").
   */
  quote: string | null;
  /** For comment events, the comment's text at that moment; otherwise null. */
  comment: string | null;
};

/** Everything the workspace shows about an article's claims beyond the claims themselves. */
export type ReviewData = {
  threadsByClaim: Record<number, CommentThread[]>;
  sourcesByClaim: Record<number, Source[]>;
  /** Everyone who can be @mentioned, with the handle to type after "@". */
  people: (PersonRef & { handle: string })[];
};

/** What happened to one claim when the text it was made on changed. */
export type ReanchorOutcome = "kept" | "moved" | "requoted" | "orphaned";

/** The answer to saving a new revision: how the claims followed the text. */
export type ReanchorSummary = {
  kept: number;
  moved: number;
  requoted: number;
  orphaned: number;
  claims: { id: number; outcome: ReanchorOutcome }[];
};

/** What restoring revision `number` would do to the claims (a dry run), computed on `baseRevision`. */
export type RestorePreview = { number: number; baseRevision: number; kept: number; moved: number; requoted: number; orphaned: number };

/** One saved version of an article's text. */
export type RevisionSummary = { number: number; createdAt: string; createdBy: PersonRef | null; textLength: number; current: boolean };
export type RevisionDetail = RevisionSummary & { text: string; content: import("../text/prose-json").ProseNodeJSON };
