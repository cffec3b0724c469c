import "server-only";
import { findRevisionTextsByArticle } from "@/db/queries/articles";
import type { RevisionSummary } from "@/lib/api/dto";
import { loadArticle } from "../articles/load-current-article";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadPersonRefs } from "../people/person-ref";

/** Every saved version of an article's text, newest first, the current one marked. */
export async function listRevisions(ctx: ServiceContext, { articleId }: { articleId: number }): Promise<RevisionSummary[]> {
  authorize(ctx, "article.read");
  const article = await loadArticle(ctx.db, articleId);
  const revisions = (await findRevisionTextsByArticle(ctx.db, articleId)).reverse();
  const personOf = await loadPersonRefs(ctx.db, revisions.map((revision) => revision.createdBy));
  return revisions.map((revision) => ({
    number: revision.number,
    createdAt: revision.createdAt,
    createdBy: personOf(revision.createdBy),
    textLength: revision.text.length,
    current: revision.number === article.currentRevision,
  }));
}
