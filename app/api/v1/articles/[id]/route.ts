import { getArticle } from "@/server/articles/get-article";
import { jsonRoute, parseId } from "@/server/http/json-route";

export const GET = jsonRoute<{ id: string }>(({ params, ctx }) => getArticle(ctx, { articleId: parseId(params.id, "article") }));
