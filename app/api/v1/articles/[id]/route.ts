import { ZUpdateArticleText } from "@/lib/api/schemas";
import { documentFromInput } from "@/server/articles/document-from-input";
import { getArticle } from "@/server/articles/get-article";
import { updateArticleText } from "@/server/articles/update-article-text";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/** A whole article's document travels in the body: allow up to 4 MiB of JSON. */
const ARTICLE_BODY_LIMIT = 4 * 1024 * 1024;

export const GET = jsonRoute<{ id: string }>(async ({ params, ctx }) => getArticle(ctx, { articleId: parseId(params.id, "article") }));

export const PATCH = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const articleId = parseId(params.id, "article");
  const { baseRevision, ...input } = ZUpdateArticleText.parse(await readJsonBody(request, { maxBytes: ARTICLE_BODY_LIMIT }));
  return updateArticleText(ctx, { articleId, content: documentFromInput(input), baseRevision });
});

const otherMethod = methodNotAllowed("GET", "PATCH");
export const POST = otherMethod;
export const PUT = otherMethod;
export const DELETE = otherMethod;
