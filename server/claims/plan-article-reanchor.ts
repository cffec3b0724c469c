import "server-only";
import type { ReanchoredPlace } from "@/db/queries/annotations";
import type { AnnotationRow } from "@/db/schema";
import type { ReanchorSummary } from "@/lib/api/dto";
import { mapThroughEdit, reanchorClaim } from "@/lib/anchoring";
import type { EventRecord } from "../history/record-event";

export type ReanchorInput = {
  articleId: number;
  /** The text being replaced, and its revision number: claims on it are looked for where the edit moved them. */
  previous: { text: string; revision: number };
  text: string;
  revision: number;
  actorId: string;
  now: string;
};

/** What re-anchoring would do: the counts, each claim's new place and the events to record. */
export type ReanchorPlan = { summary: ReanchorSummary; places: ReanchoredPlace[]; events: EventRecord[] };

/**
 * Decides where each live claim of an article goes in the text of a new revision, without
 * writing anything: the save applies the plan, a restore's dry run only counts it, so the counts a
 * person confirms are the outcome the restore then writes.
 *
 * Claims on the previous revision are first looked for where the edit moved them (their offsets
 * mapped through a diff of the two texts): a paragraph inserted at the top then costs one string
 * comparison per claim, not a search. Orphaned claims' offsets refer to an older text; they are
 * searched for from their old offsets.
 */
export function planArticleReanchor(claims: readonly AnnotationRow[], { articleId, previous, text, revision, actorId, now }: ReanchorInput): ReanchorPlan {
  const summary: ReanchorSummary = { kept: 0, moved: 0, requoted: 0, orphaned: 0, claims: [] };
  const mapped = mapThroughEdit(previous.text, text);
  const places: ReanchoredPlace[] = [];
  const events: EventRecord[] = [];
  for (const row of claims) {
    const onPrevious = row.revision === previous.revision && !row.orphaned;
    const result = reanchorClaim(text, { start: row.start, end: row.end, quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix } }, { hint: onPrevious ? mapped(row.start) : undefined });
    summary[result.outcome] += 1;
    summary.claims.push({ id: row.id, outcome: result.outcome });
    const anchored = result.outcome !== "orphaned";
    places.push(anchored ? { id: row.id, orphaned: false, start: result.start, end: result.end, ...result.quote } : { id: row.id, orphaned: true });
    const type = row.orphaned && anchored ? "claim.found_again" : result.outcome === "kept" || (row.orphaned && !anchored) ? null : (`claim.${result.outcome}` as const);
    if (!type) continue;
    const place = { articleId, annotationId: row.id, actorId, createdAt: now };
    const before = { start: row.start, end: row.end, exact: row.exact, revision: row.revision };
    // The snapshot is the claim as this revision left it; an orphan keeps its last words.
    const claim = { exact: anchored ? result.quote.exact : row.exact, status: row.status, note: row.note, start: anchored ? result.start : row.start, end: anchored ? result.end : row.end };
    events.push(
      type === "claim.orphaned"
        ? { ...place, type, before, after: { revision, claim } }
        : { ...place, type, before, after: { start: claim.start, end: claim.end, exact: claim.exact, revision, score: result.score, claim } },
    );
  }
  return { summary, places, events };
}
