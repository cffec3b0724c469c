import { isClaimStatus } from "../claims/statuses";
import type { ClaimSnapshot } from "./event-types";

/** A stored event, as read back: its payloads are whatever was written then, so nothing is trusted. */
export type StoredEvent = { type: string; before: unknown; after: unknown };

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(payload: unknown, key: string): string | undefined {
  const value = record(payload)?.[key];
  return typeof value === "string" ? value : undefined;
}

/** The claim snapshot an event recorded, or null for an event written before snapshots (or a malformed one). */
export function recordedClaim(event: StoredEvent): ClaimSnapshot | null {
  const claim = record(record(event.after)?.claim);
  if (!claim) return null;
  const { exact, status, note, start, end } = claim;
  if (typeof exact !== "string" || !isClaimStatus(status) || typeof note !== "string" || typeof start !== "number" || typeof end !== "number") return null;
  return { exact, status, note, start, end };
}

/**
 * Where rows written before snapshots kept the quote of their own moment: the claim as tagged,
 * imported or cleared, or where a re-anchoring or a re-attachment put it. Other older rows
 * (status changes, sources, comments) never said which words the claim covered then.
 */
const LEGACY_QUOTE: Record<string, "before" | "after"> = {
  "claim.created": "after",
  "claim.imported": "after",
  "claim.deleted": "before",
  "claim.moved": "after",
  "claim.requoted": "after",
  "claim.found_again": "after",
  "claim.reattached": "after",
  "claim.orphaned": "before",
};

/**
 * The claim's quote at the moment of the event, from the event alone; null when the event did not
 * record it (then history says so, and never shows today's quote in its place).
 */
export function recordedQuote(event: StoredEvent): string | null {
  const snapshot = recordedClaim(event);
  if (snapshot) return snapshot.exact;
  const side = LEGACY_QUOTE[event.type];
  return (side && text(side === "after" ? event.after : event.before, "exact")) || null;
}

/** The text a comment event is about, as it was then: the new text of a comment or an edit, the last text of a deleted one. */
export function recordedCommentText(event: StoredEvent): string | null {
  if (event.type === "comment.created" || event.type === "comment.edited" || event.type === "comment.imported") return text(event.after, "body") ?? null;
  if (event.type === "comment.deleted") return text(event.before, "body") ?? null;
  return null;
}
