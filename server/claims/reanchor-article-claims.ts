import "server-only";
import { findLiveAnnotationsByArticle, updateAnnotationAtVersion } from "@/db/queries/annotations";
import { insertEvent } from "@/db/queries/events";
import type { Executor } from "@/db/executor";
import type { ReanchorSummary } from "@/lib/api/dto";
import { reanchorClaim } from "@/lib/anchoring";

/**
 * Re-anchors every live claim of an article to the text of its new revision (inside the caller's
 * transaction) and records what happened to each: kept, moved, reworded ("requoted") or
 * orphaned. An orphaned claim keeps its last quote, status, sources and comments; it is never
 * moved to a look-alike, and a later revision may find it again.
 */
export function reanchorArticleClaims(
  tx: Executor,
  { articleId, text, revision, actorId, now }: { articleId: number; text: string; revision: number; actorId: string; now: string },
): ReanchorSummary {
  const summary: ReanchorSummary = { kept: 0, moved: 0, requoted: 0, orphaned: 0, claims: [] };
  for (const row of findLiveAnnotationsByArticle(tx, articleId)) {
    const result = reanchorClaim(text, { start: row.start, end: row.end, quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix } });
    summary[result.outcome] += 1;
    summary.claims.push({ id: row.id, outcome: result.outcome });
    const anchored = result.outcome !== "orphaned";
    updateAnnotationAtVersion(tx, {
      id: row.id,
      version: row.version,
      changes: anchored
        ? { start: result.start, end: result.end, exact: result.quote.exact, prefix: result.quote.prefix, suffix: result.quote.suffix, revision, orphaned: false, updatedAt: now }
        : { revision, orphaned: true, updatedAt: now },
    });
    const type = row.orphaned && anchored ? "claim.found_again" : result.outcome === "kept" || (row.orphaned && !anchored) ? null : `claim.${result.outcome}`;
    if (type) {
      insertEvent(tx, {
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
  return summary;
}
