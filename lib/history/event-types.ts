import type { ArticleWorkflowState } from "../articles/workflow";
import type { ClaimStatus } from "../claims/statuses";

/**
 * A claim as it stood at the moment of an event: what history shows for that event, whatever the
 * claim became later. Every event about a claim carries one, in `after.claim`.
 */
export type ClaimSnapshot = { exact: string; status: ClaimStatus; note: string; start: number; end: number };

type Span = { start: number; end: number; exact: string };
type ClaimFields = Span & { status: ClaimStatus; note: string };
/** The fields of a source an update changed (url, title, excerpt, note). */
type SourceFields = Partial<Record<"url" | "title" | "excerpt" | "note", string>>;
type Snapshotted<T> = T & { claim: ClaimSnapshot };

/** An event about a claim: its payload after the change carries the claim's snapshot. */
type ClaimEvent<Type extends string, Before, After> = { type: Type; after: Snapshotted<After> } & (Before extends null ? { before?: null } : { before: Before });

/**
 * Every kind of event the services write, with its payloads. `before` and `after` keep what the
 * change was (the fields it touched); `after.claim` is the claim of that moment. Rows written
 * before a field existed lack it: readers go through `read-event-snapshot.ts`, never trust a row's
 * shape.
 */
export type ClaimcheckEvent =
  | { type: "article.created"; before?: null; after: { title: string; language: string; revision: number } }
  | { type: "article.revised"; before: { revision: number }; after: { revision: number } }
  | { type: "article.restored"; before: { revision: number }; after: { revision: number; restoredFrom: number } }
  | { type: "article.state_changed"; before: { state: ArticleWorkflowState }; after: { state: ArticleWorkflowState } }
  | ClaimEvent<"claim.created", null, ClaimFields>
  | ClaimEvent<"claim.imported", null, ClaimFields & { orphaned: boolean; from: string | null }>
  | ClaimEvent<"claim.updated", Partial<Pick<ClaimFields, "status" | "note">>, Partial<Pick<ClaimFields, "status" | "note">>>
  | ClaimEvent<"claim.deleted", ClaimFields, Record<never, never>>
  | ClaimEvent<"claim.moved" | "claim.requoted" | "claim.found_again", Span & { revision: number }, Span & { revision: number; score: number }>
  | ClaimEvent<"claim.orphaned", Span & { revision: number }, { revision: number }>
  | ClaimEvent<"claim.reattached" | "claim.moved", Span & { orphaned: boolean }, Span>
  | ClaimEvent<"source.added", null, { sourceId: number; url: string; title: string; imported?: boolean; addedBy?: string | null }>
  | ClaimEvent<"source.updated", SourceFields, SourceFields>
  | ClaimEvent<"source.removed", { sourceId: number; url: string; title: string }, Record<never, never>>
  | ClaimEvent<"comment.created", null, { commentId: number; parentId: number | null; body: string }>
  | ClaimEvent<"comment.imported", null, { commentId: number; parentId: number | null; body: string; author: string | null; resolved: boolean }>
  | ClaimEvent<"comment.edited", { commentId: number; body: string }, { commentId: number; body: string }>
  | ClaimEvent<"comment.deleted", { commentId: number; parentId: number | null; body: string }, { commentId: number }>
  | ClaimEvent<"thread.resolved", null, { commentId: number }>
  | ClaimEvent<"thread.reopened", { commentId: number; resolvedAt: string | null; resolvedBy: string | null }, { commentId: number }>;

export type EventType = ClaimcheckEvent["type"];
