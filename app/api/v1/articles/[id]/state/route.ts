import { ZSetArticleState } from "@/lib/api/review-schemas";
import { setArticleState } from "@/server/articles/set-article-state";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/**
 * Answers the article without its text and document (the ArticleSummary of GET /articles).
 * Verifying with gaps needs `"confirm": true` (else 409 sign_off_unconfirmed with the figures).
 */
export const PUT = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const articleId = parseId(params.id, "article");
  const { state, confirm } = ZSetArticleState.parse(await readJsonBody(request));
  return setArticleState(ctx, { articleId, state, confirm });
});

const otherMethod = methodNotAllowed("PUT");
export const GET = otherMethod;
export const POST = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
