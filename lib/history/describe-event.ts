import { ARTICLE_WORKFLOW_STATES, type ArticleWorkflowState } from "../articles/workflow";
import { shortenAtWord } from "../report/shorten-at-word";

/** A recorded event as the audit log stores it; `before` and `after` are whatever it wrote. */
export type DescribableEvent = { type: string; before: unknown; after: unknown };

function field(payload: unknown, key: string): unknown {
  return typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>)[key] : undefined;
}

function text(payload: unknown, key: string): string | undefined {
  const value = field(payload, key);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function state(payload: unknown): ArticleWorkflowState | undefined {
  const value = field(payload, "state");
  return (ARTICLE_WORKFLOW_STATES as readonly unknown[]).includes(value) ? (value as ArticleWorkflowState) : undefined;
}

function describeClaimUpdate(before: unknown, after: unknown): string {
  const parts: string[] = [];
  const from = text(before, "status");
  const to = text(after, "status");
  if (to) parts.push(from ? `changed the status from ${from} to ${to}` : `changed the status to ${to}`);
  if (field(after, "note") !== undefined) parts.push(parts.length > 0 ? "the note" : "changed the note");
  return parts.length > 0 ? parts.join(" and ") : "changed the claim";
}

function describeStateChange(before: unknown, after: unknown): string {
  const to = state(after);
  if (to === "verified") return "marked the article verified";
  if (to === "in_review") return state(before) === "verified" ? "reopened the article for review" : "moved the article to in review";
  if (to === "draft") return "moved the article back to draft";
  return "changed the article's state";
}

/**
 * One short English phrase for an event, without its actor, so a list can read
 * "Ana · changed the status from unsourced to disputed". Payloads are read defensively: the log is
 * append-only and older rows may lack a field. Unknown types fall back to a plain wording.
 */
export function describeEvent({ type, before, after }: DescribableEvent): string {
  switch (type) {
    case "article.created":
      return "created the article";
    case "article.revised": {
      const revision = field(after, "revision");
      return typeof revision === "number" ? `saved revision ${revision} of the text` : "saved a new revision of the text";
    }
    case "article.restored": {
      const revision = field(after, "revision");
      const restoredFrom = field(after, "restoredFrom");
      return typeof revision === "number" && typeof restoredFrom === "number" ? `restored revision ${restoredFrom} (saved as revision ${revision})` : "restored an earlier revision";
    }
    case "article.state_changed":
      return describeStateChange(before, after);
    case "claim.created": {
      const status = text(after, "status");
      return status ? `tagged the claim as ${status}` : "tagged the claim";
    }
    case "claim.updated":
      return describeClaimUpdate(before, after);
    case "claim.deleted":
      return "cleared the claim";
    case "claim.moved":
      return "moved with the text";
    case "claim.requoted": {
      const from = text(before, "exact");
      const to = text(after, "exact");
      return from && to ? `followed a rewording: “${from}” → “${to}”` : "followed a rewording of its text";
    }
    case "claim.orphaned":
      return "lost its text in a new revision (orphaned)";
    case "claim.found_again":
      return "found its text again in a new revision";
    case "claim.reattached":
      return "re-attached the orphaned claim";
    case "claim.imported": {
      const status = text(after, "status");
      return status ? `imported the claim as ${status}` : "imported the claim";
    }
    case "source.added": {
      const title = text(after, "title");
      return title ? `added a source: ${title}` : "added a source";
    }
    case "source.updated":
      return "updated a source";
    case "source.removed":
      return "removed a source";
    case "comment.created":
      return field(after, "parentId") == null ? "commented" : "replied";
    case "comment.imported": {
      const author = text(after, "author");
      const kind = field(after, "parentId") == null ? "a comment" : "a reply";
      return author ? `imported ${kind} by ${author}` : `imported ${kind}`;
    }
    case "comment.edited":
      return "edited a comment";
    case "comment.deleted":
      return "deleted a comment";
    case "thread.resolved":
      return "resolved the thread";
    case "thread.reopened":
      return "reopened the thread";
    default:
      return `made a change (${type})`;
  }
}


/** Said of an event about a claim that did not record the claim's words (rows older than snapshots). */
export const QUOTE_NOT_RECORDED = "quote not recorded";

const LINE_QUOTE_LENGTH = 70;

function sameWords(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}

/**
 * Which words of the claim a history line is about, as the event recorded them (shortened to one
 * line), or "not_recorded" for an older event that did not keep them — never today's quote in
 * their place. Null for an article-level event, for a rewording (its summary names both quotes),
 * and when the quote is `shownQuote`, the one the reader already sees above the list.
 */
export function entryQuote(entry: { type: string; claimId: number | null; quote: string | null }, shownQuote?: string): { quote: string } | "not_recorded" | null {
  if (entry.claimId === null || entry.type === "claim.requoted") return null;
  if (entry.quote === null) return "not_recorded";
  if (shownQuote !== undefined && sameWords(entry.quote, shownQuote)) return null;
  return { quote: shortenAtWord(entry.quote, LINE_QUOTE_LENGTH) };
}

/** entryQuote as words: `on “…”` or "(quote not recorded)". */
export function describeEntryQuote(entry: { type: string; claimId: number | null; quote: string | null }, shownQuote?: string): string | null {
  const quote = entryQuote(entry, shownQuote);
  if (quote === null) return null;
  return quote === "not_recorded" ? `(${QUOTE_NOT_RECORDED})` : `on “${quote.quote}”`;
}

/** A comment event's text of that moment, quoted on one line; null when there is none. */
export function describeEntryComment(entry: { comment: string | null }): string | null {
  return entry.comment ? `“${shortenAtWord(entry.comment, LINE_QUOTE_LENGTH)}”` : null;
}

/**
 * A history line's words after its actor, from the event alone: the summary, the comment's text
 * of that moment and the claim's quote of that moment (see describeEntryQuote for `shownQuote`).
 */
export function describeEntry(entry: { type: string; summary: string; claimId: number | null; quote: string | null; comment: string | null }, shownQuote?: string): string {
  return [entry.summary, describeEntryComment(entry), describeEntryQuote(entry, shownQuote)].filter((part) => part !== null).join(" ");
}
