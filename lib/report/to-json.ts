import type { Comment, CommentThread, HistoryEntry, PersonRef, Source } from "../api/dto";
import type { ClaimStatus } from "../claims/statuses";
import { codePointIndex, type CodePointIndex } from "../text/code-points";
import type { ReportClaim, ReportModel } from "./report-model";

/** Identifies this shape; a change that could break a reader gets a new number. */
export const REPORT_JSON_SCHEMA = "claimcheck-report/1";

type JsonComment = Pick<Comment, "id" | "author" | "body" | "deleted" | "edited" | "createdAt" | "updatedAt" | "mentions">;
type JsonThread = JsonComment & { resolved: CommentThread["resolved"]; replies: JsonComment[] };
type Span = { start: number; end: number };

/** One claim of the JSON report. */
export type ReportJsonClaim = {
  number: number;
  id: number;
  status: ClaimStatus;
  quote: { exact: string; prefix: string; suffix: string };
  /** Where the quote lies in `article.text`; null for an orphaned claim (its text was lost). */
  position: { utf16: Span; codePoints: Span } | null;
  orphaned: boolean;
  /** Revision of the text the claim was last anchored to. */
  revision: number;
  note: string;
  author: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  openThread: boolean;
  sources: Pick<Source, "id" | "url" | "title" | "excerpt" | "note" | "addedBy" | "createdAt" | "updatedAt">[];
  threads: JsonThread[];
  history: Pick<HistoryEntry, "id" | "type" | "at" | "actor" | "summary" | "quote" | "comment">[];
};

/** The report as JSON; documented field by field in docs/report-json.md. */
export type ReportJson = {
  schema: typeof REPORT_JSON_SCHEMA;
  generatedAt: string;
  generatedBy: PersonRef | null;
  reportUrl: string;
  organisation: ReportModel["organisation"];
  filter: string | null;
  article: ReportModel["article"];
  figures: ReportModel["figures"];
  /** The last sign-off (revision, figures, who, when), whether reopened since and whether the text changed; null if never signed. */
  signOff: ReportModel["signOff"];
  claims: ReportJsonClaim[];
};

function toComment(c: Comment): JsonComment {
  return { id: c.id, author: c.author, body: c.body, deleted: c.deleted, edited: c.edited, createdAt: c.createdAt, updatedAt: c.updatedAt, mentions: c.mentions };
}

function toThread(t: CommentThread): JsonThread {
  return { ...toComment(t), resolved: t.resolved, replies: t.replies.map(toComment) };
}

function toClaim(claim: ReportClaim, index: CodePointIndex): ReportJsonClaim {
  return {
    number: claim.number,
    id: claim.id,
    status: claim.status,
    quote: { ...claim.quote },
    position: claim.orphaned
      ? null
      : { utf16: { start: claim.start, end: claim.end }, codePoints: { start: index.toCodePoint(claim.start), end: index.toCodePoint(claim.end) } },
    orphaned: claim.orphaned,
    revision: claim.revision,
    note: claim.note,
    author: claim.author,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    openThread: claim.openThread,
    sources: claim.sources.map((s) => ({ id: s.id, url: s.url, title: s.title, excerpt: s.excerpt, note: s.note, addedBy: s.addedBy, createdAt: s.createdAt, updatedAt: s.updatedAt })),
    threads: claim.threads.map(toThread),
    history: claim.history.map((h) => ({ id: h.id, type: h.type, at: h.at, actor: h.actor, summary: h.summary, quote: h.quote, comment: h.comment })),
  };
}

/**
 * The whole report as one JSON object tagged `"schema": "claimcheck-report/1"`: the article
 * (with its canonical text, so positions can be checked), the figures and every claim with its
 * sources, threads and history. Fields are listed explicitly rather than spread from the model,
 * so the published shape changes only when this file does. Positions are given both as UTF-16
 * offsets (JavaScript string indices, as the API uses) and as Unicode code points (Python,
 * W3C). Returns a plain object; the caller serialises it.
 */
export function reportToJson(model: ReportModel): ReportJson {
  const index = codePointIndex(model.article.text);
  return {
    schema: REPORT_JSON_SCHEMA,
    generatedAt: model.generatedAt,
    generatedBy: model.generatedBy,
    reportUrl: model.reportUrl,
    organisation: { ...model.organisation },
    filter: model.filterDescription,
    article: { ...model.article },
    figures: { ...model.figures, byStatus: { ...model.figures.byStatus } },
    signOff: model.signOff,
    claims: model.claims.map((claim) => toClaim(claim, index)),
  };
}
