import "server-only";
import { findLiveAnnotationsByArticle, writeReanchoredPlaces, type ReanchoredPlace } from "@/db/queries/annotations";
import { insertEvents } from "@/db/queries/events";
import type { events } from "@/db/schema";
import type { Executor } from "@/db/executor";
import type { ReanchorSummary } from "@/lib/api/dto";
import { mapThroughEdit, reanchorClaim } from "@/lib/anchoring";

type Input = {
  articleId: number;
  /** The text being replaced, and its revision number: claims on it are looked for where the edit moved them. */
  previous: { text: string; revision: number };
  text: string;
  revision: number;
  actorId: string;
  now: string;
};

/**
 * Re-anchors every live claim of an article to the text of its new revision (inside the caller's
 * transaction) and records what happened to each: kept, moved, reworded ("requoted") or
 * orphaned. An orphaned claim keeps its last quote, status, sources and comments; it is never
 * moved to a look-alike, and a later revision may find it again.
 *
 * Claims on the previous revision are first looked for where the edit moved them (their offsets
 * mapped through a diff of the two texts): a paragraph inserted at the top then costs one string
 * comparison per claim, not a search. Orphaned claims' offsets refer to an older text; they are
 * searched for from their old offsets.
 */
export function reanchorArticleClaims(tx: Executor, { articleId, previous, text, revision, actorId, now }: Input): ReanchorSummary {
  const summary: ReanchorSummary = { kept: 0, moved: 0, requoted: 0, orphaned: 0, claims: [] };
  const mapped = mapThroughEdit(previous.text, text);
  const places: ReanchoredPlace[] = [];
  const recorded: (typeof events.$inferInsert)[] = [];
  for (const row of findLiveAnnotationsByArticle(tx, articleId)) {
    const onPrevious = row.revision === previous.revision && !row.orphaned;
    const result = reanchorClaim(text, { start: row.start, end: row.end, quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix } }, { hint: onPrevious ? mapped(row.start) : undefined });
    summary[result.outcome] += 1;
    summary.claims.push({ id: row.id, outcome: result.outcome });
    const anchored = result.outcome !== "orphaned";
    places.push(anchored ? { id: row.id, orphaned: false, start: result.start, end: result.end, ...result.quote } : { id: row.id, orphaned: true });
    const type = row.orphaned && anchored ? "claim.found_again" : result.outcome === "kept" || (row.orphaned && !anchored) ? null : `claim.${result.outcome}`;
    if (type) {
      recorded.push({
        articleId,
        annotationId: row.id,
        actorId,
        type,
        before: { start: row.start, end: row.end, exact: row.exact, revision: row.revision },
        after: anchored ? { start: result.start, end: result.end, exact: result.quote.exact, revision, score: result.score } : { revision },
        createdAt: now,
      });
    }
  }
  writeReanchoredPlaces(tx, { places, revision, now });
  insertEvents(tx, recorded);
  return summary;
}
