import "server-only";
import { insertArticle, insertRevision } from "@/db/queries/articles";
import { insertEvent } from "@/db/queries/events";
import type { ArticleDetail } from "@/lib/api/dto";
import type { TCreateArticle } from "@/lib/api/schemas";
import { AppError } from "@/lib/api/app-error";
import { buildTextModel, markdownToDoc, plainTextToDoc } from "@/lib/text";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toArticleDetail } from "./to-article-dto";

/** Creates an article and its first revision from plain text or Markdown, in one transaction. */
export function createArticle(ctx: ServiceContext, input: TCreateArticle): ArticleDetail {
  authorize(ctx, "article.create");
  const content = input.markdown !== undefined ? markdownToDoc(input.markdown) : plainTextToDoc(input.text ?? "");
  const { text } = buildTextModel(content);
  if (text.trim().length === 0) {
    throw new AppError("invalid_input", "The article has no text.", { fields: { [input.markdown !== undefined ? "markdown" : "text"]: "the article has no text" } });
  }
  const now = ctx.now().toISOString();
  const actorId = ctx.actor?.id ?? null;
  const { article, revision } = ctx.db.transaction((tx) => {
    const article = insertArticle(tx, {
      title: input.title,
      language: input.language,
      byline: input.byline || null,
      sourceUrl: input.sourceUrl || null,
      state: "draft",
      currentRevision: 1,
      createdAt: now,
      updatedAt: now,
    });
    const revision = insertRevision(tx, { articleId: article.id, number: 1, content, text, createdBy: actorId, createdAt: now });
    insertEvent(tx, {
      articleId: article.id,
      actorId,
      type: "article.created",
      after: { title: article.title, language: article.language, revision: 1 },
      createdAt: now,
    });
    return { article, revision };
  });
  return toArticleDetail(ctx.db, article, revision, []);
}
