import "server-only";
import { findLiveAnnotationsByArticle, writeReanchoredPlaces } from "@/db/queries/annotations";
import type { Executor } from "@/db/executor";
import type { ReanchorSummary } from "@/lib/api/dto";
import { recordEvents } from "../history/record-event";
import { planArticleReanchor, type ReanchorInput } from "./plan-article-reanchor";

/**
 * Re-anchors every live claim of an article to the text of its new revision (inside the caller's
 * transaction) and records what happened to each: kept, moved, reworded ("requoted") or
 * orphaned. An orphaned claim keeps its last quote, status, sources and comments; it is never
 * moved to a look-alike, and a later revision may find it again. See planArticleReanchor.
 */
export async function reanchorArticleClaims(tx: Executor, input: ReanchorInput): Promise<ReanchorSummary> {
  const { summary, places, events } = planArticleReanchor(await findLiveAnnotationsByArticle(tx, input.articleId), input);
  await writeReanchoredPlaces(tx, { places, revision: input.revision, now: input.now });
  await recordEvents(tx, events);
  return summary;
}
