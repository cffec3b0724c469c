import "server-only";
import type { ArticleDetail } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import type { TImportArticle } from "@/lib/api/schemas";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { readArticleUpload } from "../import/read-article-upload";
import { createArticle } from "./create-article";

/**
 * Creates an article from an uploaded file (.txt, .md, .html, .docx). Without a title, the
 * document's first heading is used, or else the file name.
 */
export async function importArticle(ctx: ServiceContext, input: TImportArticle): Promise<ArticleDetail> {
  // Before reading the file: someone who may not create articles costs no parsing.
  authorize(ctx, "article.create");
  const { file, title, ...meta } = input;
  const { doc, suggestedTitle } = await readArticleUpload(file);
  const chosen = title ?? suggestedTitle;
  if (!chosen) throw new AppError("invalid_input", "Give the article a title.", { fields: { title: "title is required" } });
  return createArticle(ctx, { ...meta, title: chosen }, { doc, field: "file" });
}
