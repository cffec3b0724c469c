import "server-only";
import { insertArticle, insertRevision } from "@/db/queries/articles";
import { insertEvent } from "@/db/queries/events";
import type { ArticleDetail } from "@/lib/api/dto";
import { MAX_ARTICLE_TEXT, type TCreateArticle } from "@/lib/api/schemas";
import { AppError } from "@/lib/api/app-error";
import { buildTextModel, markdownToDoc, plainTextToDoc, type ProseNodeJSON } from "@/lib/text";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { assertDocumentWithinLimits } from "../import/document-limits";
import { htmlToDoc } from "../import/html-to-doc";
import { toArticleDetail } from "./to-article-dto";

/**
 * A document the caller has already built (an imported file), and the input field to name when
 * it turns out to have no text. Services only: the API never takes a raw document here.
 */
export type PreparedContent = { doc: ProseNodeJSON; field: string };

/**
 * Creates an article and its first revision, in one transaction, from plain text, Markdown or
 * (sanitised) HTML, or from a document prepared by another service.
 */
export async function createArticle(ctx: ServiceContext, input: TCreateArticle, prepared?: PreparedContent): Promise<ArticleDetail> {
  authorize(ctx, "article.create");
  const { doc: content, field } = prepared ?? contentOf(input);
  assertDocumentWithinLimits(content, field);
  const { text } = buildTextModel(content);
  if (text.trim().length === 0) {
    throw new AppError("invalid_input", "The article has no text.", { fields: { [field]: "the article has no text" } });
  }
  // Reachable through imports and HTML, whose input limits count bytes or markup, not text.
  if (text.length > MAX_ARTICLE_TEXT) {
    throw new AppError("invalid_input", `The article is longer than ${MAX_ARTICLE_TEXT} characters.`, { fields: { [field]: `the article is longer than ${MAX_ARTICLE_TEXT} characters` } });
  }
  const now = ctx.now().toISOString();
  const actorId = ctx.actor?.id ?? null;
  const { article, revision } = await ctx.db.transaction(async (tx) => {
    const article = await insertArticle(tx, {
      title: input.title,
      language: input.language,
      byline: input.byline || null,
      sourceUrl: input.sourceUrl || null,
      state: "draft",
      currentRevision: 1,
      createdAt: now,
      updatedAt: now,
    });
    const revision = await insertRevision(tx, { articleId: article.id, number: 1, content, text, createdBy: actorId, createdAt: now });
    await insertEvent(tx, {
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

function contentOf(input: TCreateArticle): PreparedContent {
  if (input.markdown !== undefined) return { doc: markdownToDoc(input.markdown), field: "markdown" };
  if (input.html !== undefined) return { doc: htmlToDoc(input.html), field: "html" };
  return { doc: plainTextToDoc(input.text ?? ""), field: "text" };
}
