import "server-only";
import { findArticleById, findRevision } from "@/db/queries/articles";
import { AppError } from "@/lib/api/app-error";
import type { RevisionDetail } from "@/lib/api/dto";
import type { ProseNodeJSON } from "@/lib/text";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadPersonRefs } from "../people/person-ref";

/** One saved version of an article's text, with its document; not_found for an unknown article or number. */
export async function getRevision(ctx: ServiceContext, { articleId, number }: { articleId: number; number: number }): Promise<RevisionDetail> {
  authorize(ctx, "article.read");
  const article = await findArticleById(ctx.db, articleId);
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const revision = await findRevision(ctx.db, { articleId, number });
  if (!revision) throw new AppError("not_found", `Article ${articleId} has no revision ${number}.`);
  return {
    number: revision.number,
    createdAt: revision.createdAt,
    createdBy: (await loadPersonRefs(ctx.db, [revision.createdBy]))(revision.createdBy),
    textLength: revision.text.length,
    current: revision.number === article.currentRevision,
    text: revision.text,
    content: revision.content as ProseNodeJSON,
  };
}
